package org.govmeeting.api.directory;

/** A unit of the district government. */
public class Unit {
  /** Stable code, e.g. {@code FINANCE}. */
  public String id;

  /** Chinese name, e.g. 区财政局. */
  public String name;

  /** English name from the glossary. */
  public String nameEn;

  public UnitKind kind;

  /** The person who heads the unit, if known. */
  public String headId;

  /** The vice-mayor or party-group member whose portfolio holds this unit, if any. */
  public String supervisorId;
}
