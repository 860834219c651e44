package org.govmeeting.api.directory;

/** What kind of unit a unit is; it decides what the unit may do in the procedure. */
public enum UnitKind {
  /** The district government's leadership (区政府领导). */
  LEADERSHIP,
  /** 区政府办公室. */
  OFFICE,
  /** 常务秘书室. */
  SECRETARIAT,
  /** One of the bureaus named by the regulation: Finance, Justice, Audit, Petitions. */
  BUREAU,
  /** Any other department of the district government. */
  DEPARTMENT,
  /** 街道办事处. */
  SUBDISTRICT
}
