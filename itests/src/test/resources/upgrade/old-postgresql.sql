--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: att_discipline; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.att_discipline (
    id integer NOT NULL,
    kind character varying(30) NOT NULL,
    meeting_id bigint NOT NULL,
    note character varying(2000),
    personid character varying(64) NOT NULL,
    recordedat timestamp without time zone NOT NULL,
    recordedby character varying(64) NOT NULL
);


--
-- Name: att_discipline_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.att_discipline_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: att_discipline_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.att_discipline_id_seq OWNED BY public.att_discipline.id;


--
-- Name: att_leave; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.att_leave (
    id integer NOT NULL,
    approverrole character varying(40) NOT NULL,
    decidedat timestamp without time zone,
    decidedby character varying(64),
    decisionnote character varying(2000),
    delegateid character varying(64),
    kind character varying(16) NOT NULL,
    meeting_id bigint NOT NULL,
    personid character varying(64) NOT NULL,
    reason character varying(2000) NOT NULL,
    requestedat timestamp without time zone NOT NULL,
    state character varying(10) NOT NULL,
    written boolean
);


--
-- Name: att_leave_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.att_leave_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: att_leave_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.att_leave_id_seq OWNED BY public.att_leave.id;


--
-- Name: att_recording; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.att_recording (
    id integer NOT NULL,
    decidedat timestamp without time zone,
    decidedby character varying(64),
    meeting_id bigint NOT NULL,
    personid character varying(64) NOT NULL,
    purpose character varying(1000) NOT NULL,
    state character varying(10) NOT NULL
);


--
-- Name: att_recording_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.att_recording_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: att_recording_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.att_recording_id_seq OWNED BY public.att_recording.id;


--
-- Name: att_sign_in; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.att_sign_in (
    id integer NOT NULL,
    late boolean,
    leftat timestamp without time zone,
    leftrecordedby character varying(64),
    meeting_id bigint NOT NULL,
    person_id character varying(64) NOT NULL,
    signedinat timestamp without time zone NOT NULL,
    signedinby character varying(64) NOT NULL
);


--
-- Name: att_sign_in_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.att_sign_in_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: att_sign_in_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.att_sign_in_id_seq OWNED BY public.att_sign_in.id;


--
-- Name: dir_change; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dir_change (
    id integer NOT NULL,
    actorid character varying(64) NOT NULL,
    actorrole character varying(40),
    changed_at timestamp without time zone NOT NULL,
    detail character varying(1000),
    kind character varying(40) NOT NULL,
    reason character varying(1000),
    subject_id character varying(64) NOT NULL
);


--
-- Name: dir_change_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.dir_change_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: dir_change_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.dir_change_id_seq OWNED BY public.dir_change.id;


--
-- Name: dir_person; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dir_person (
    id character varying(64) NOT NULL,
    name character varying(100) NOT NULL,
    title character varying(100),
    unit_id character varying(64) NOT NULL
);


--
-- Name: dir_person_role; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dir_person_role (
    person_id character varying(64),
    role character varying(40)
);


--
-- Name: dir_unit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dir_unit (
    id character varying(64) NOT NULL,
    headid character varying(64),
    kind character varying(20) NOT NULL,
    name character varying(100) NOT NULL,
    nameen character varying(100),
    supervisorid character varying(64)
);


--
-- Name: int_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.int_event (
    id integer NOT NULL,
    actorid character varying(64) NOT NULL,
    actorrole character varying(40),
    happened_at timestamp without time zone NOT NULL,
    detail character varying(2000),
    kind character varying(30) NOT NULL,
    topic_id bigint NOT NULL,
    version integer NOT NULL
);


--
-- Name: int_event_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.int_event_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: int_event_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.int_event_id_seq OWNED BY public.int_event.id;


--
-- Name: int_file; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.int_file (
    id integer NOT NULL,
    content bytea NOT NULL,
    contenttype character varying(100) NOT NULL,
    filename character varying(255) NOT NULL,
    kind character varying(30) NOT NULL,
    sha256 character varying(64) NOT NULL,
    byte_size bigint NOT NULL,
    topic_id bigint NOT NULL,
    uploadedat timestamp without time zone NOT NULL,
    uploadedby character varying(64) NOT NULL
);


--
-- Name: int_file_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.int_file_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: int_file_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.int_file_id_seq OWNED BY public.int_file.id;


--
-- Name: int_override; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.int_override (
    id integer NOT NULL,
    clause_id character varying(4) NOT NULL,
    grantedat timestamp without time zone NOT NULL,
    grantedby character varying(64) NOT NULL,
    reason character varying(2000) NOT NULL,
    topic_id bigint NOT NULL
);


--
-- Name: int_override_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.int_override_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: int_override_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.int_override_id_seq OWNED BY public.int_override.id;


--
-- Name: int_revision; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.int_revision (
    id integer NOT NULL,
    formjson text NOT NULL,
    submittedat timestamp without time zone NOT NULL,
    submittedby character varying(64) NOT NULL,
    topic_id bigint NOT NULL,
    version integer NOT NULL
);


--
-- Name: int_revision_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.int_revision_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: int_revision_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.int_revision_id_seq OWNED BY public.int_revision.id;


--
-- Name: int_topic; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.int_topic (
    id integer NOT NULL,
    category character varying(30) NOT NULL,
    closingnote character varying(2000),
    createdat timestamp without time zone NOT NULL,
    createdby character varying(64) NOT NULL,
    formjson text NOT NULL,
    lead_unit_id character varying(64) NOT NULL,
    meeting_id bigint,
    meetingnote character varying(500),
    name character varying(300) NOT NULL,
    revises_meeting_id bigint,
    revises_topic_id bigint,
    revision bigint,
    status character varying(12) NOT NULL,
    supervisor_id character varying(64),
    updatedat timestamp without time zone NOT NULL,
    version integer NOT NULL
);


--
-- Name: int_topic_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.int_topic_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: int_topic_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.int_topic_id_seq OWNED BY public.int_topic.id;


--
-- Name: min_archive; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.min_archive (
    meetingid bigint NOT NULL,
    content bytea NOT NULL,
    createdat timestamp without time zone NOT NULL,
    createdby character varying(64) NOT NULL,
    sha256 character varying(64) NOT NULL,
    byte_size bigint NOT NULL
);


--
-- Name: min_chair; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.min_chair (
    meetingid bigint NOT NULL,
    entrustedat timestamp without time zone NOT NULL,
    entrustedby character varying(64) NOT NULL,
    personid character varying(64) NOT NULL
);


--
-- Name: min_erratum; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.min_erratum (
    id integer NOT NULL,
    draftedat timestamp without time zone NOT NULL,
    draftedby character varying(64) NOT NULL,
    hash character varying(64),
    minutes_id bigint NOT NULL,
    previoushash character varying(64),
    signedat timestamp without time zone,
    signedby character varying(64),
    text text NOT NULL
);


--
-- Name: min_erratum_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.min_erratum_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: min_erratum_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.min_erratum_id_seq OWNED BY public.min_erratum.id;


--
-- Name: min_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.min_item (
    id integer NOT NULL,
    decidedat timestamp without time zone,
    decidedby character varying(64),
    entrustedby character varying(64),
    meeting_id bigint NOT NULL,
    outcome character varying(30),
    reportendedat timestamp without time zone,
    reportstartedat timestamp without time zone,
    reporterid character varying(64),
    requirements text,
    revisions character varying(4000),
    timelimitminutes integer,
    title character varying(300),
    topic_id bigint NOT NULL
);


--
-- Name: min_item_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.min_item_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: min_item_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.min_item_id_seq OWNED BY public.min_item.id;


--
-- Name: min_minutes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.min_minutes (
    id integer NOT NULL,
    awaiting character varying(2000),
    documentnumber character varying(60) NOT NULL,
    hash character varying(64),
    legalok boolean,
    meeting_id bigint NOT NULL,
    participants character varying(4000),
    previoushash character varying(64),
    reportingunits character varying(2000),
    revision bigint,
    scopepersons character varying(4000),
    scopeunits character varying(4000),
    signsequence bigint,
    signedat timestamp without time zone,
    signedby character varying(64),
    state character varying(14) NOT NULL,
    text text NOT NULL
);


--
-- Name: min_minutes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.min_minutes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: min_minutes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.min_minutes_id_seq OWNED BY public.min_minutes.id;


--
-- Name: min_position; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.min_position (
    id integer NOT NULL,
    kind character varying(14) NOT NULL,
    meeting_id bigint NOT NULL,
    opinion character varying(4000),
    person_id character varying(64) NOT NULL,
    recordedat timestamp without time zone NOT NULL,
    recordedby character varying(64) NOT NULL,
    topic_id bigint NOT NULL
);


--
-- Name: min_position_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.min_position_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: min_position_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.min_position_id_seq OWNED BY public.min_position.id;


--
-- Name: min_step; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.min_step (
    id integer NOT NULL,
    actorid character varying(64) NOT NULL,
    actorrole character varying(40),
    agreed boolean,
    acted_at timestamp without time zone NOT NULL,
    comments character varying(4000),
    kind character varying(20) NOT NULL,
    minutes_id bigint NOT NULL,
    unitid character varying(64)
);


--
-- Name: min_step_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.min_step_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: min_step_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.min_step_id_seq OWNED BY public.min_step.id;


--
-- Name: min_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.min_version (
    id integer NOT NULL,
    editedat timestamp without time zone NOT NULL,
    editedby character varying(64) NOT NULL,
    minutes_id bigint NOT NULL,
    text text NOT NULL,
    version integer NOT NULL
);


--
-- Name: min_version_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.min_version_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: min_version_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.min_version_id_seq OWNED BY public.min_version.id;


--
-- Name: mtg_agenda_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mtg_agenda_item (
    id integer NOT NULL,
    confidential boolean,
    meeting_id bigint NOT NULL,
    timelimitminutes integer,
    topicid bigint NOT NULL
);


--
-- Name: mtg_agenda_item_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.mtg_agenda_item_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mtg_agenda_item_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.mtg_agenda_item_id_seq OWNED BY public.mtg_agenda_item.id;


--
-- Name: mtg_law_study; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mtg_law_study (
    meetingid bigint NOT NULL,
    area character varying(40) NOT NULL,
    leaderid character varying(64) NOT NULL,
    material character varying(1000),
    subject character varying(300) NOT NULL
);


--
-- Name: mtg_materials; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mtg_materials (
    id integer NOT NULL,
    copies integer,
    format character varying(200),
    kind character varying(10) NOT NULL,
    late boolean,
    meeting_id bigint NOT NULL,
    personid character varying(64),
    recordedat timestamp without time zone NOT NULL,
    recordedby character varying(64) NOT NULL,
    topicid bigint
);


--
-- Name: mtg_materials_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.mtg_materials_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mtg_materials_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.mtg_materials_id_seq OWNED BY public.mtg_materials.id;


--
-- Name: mtg_meeting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mtg_meeting (
    id integer NOT NULL,
    convenedat timestamp without time zone NOT NULL,
    convenedby character varying(64) NOT NULL,
    cutoff timestamp without time zone NOT NULL,
    kind character varying(10) NOT NULL,
    number integer NOT NULL,
    scheduledat timestamp without time zone NOT NULL,
    status character varying(12) NOT NULL,
    venue character varying(200)
);


--
-- Name: mtg_meeting_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.mtg_meeting_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mtg_meeting_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.mtg_meeting_id_seq OWNED BY public.mtg_meeting.id;


--
-- Name: mtg_month_excuse; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mtg_month_excuse (
    month character varying(7) NOT NULL,
    reason character varying(2000) NOT NULL,
    recordedat timestamp without time zone NOT NULL,
    recordedby character varying(64) NOT NULL
);


--
-- Name: mtg_notice; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mtg_notice (
    id integer NOT NULL,
    acknowledgedat timestamp without time zone,
    kind character varying(12) NOT NULL,
    meetingid bigint NOT NULL,
    recipient_id character varying(64) NOT NULL,
    sentat timestamp without time zone NOT NULL,
    sentby character varying(64) NOT NULL,
    text character varying(4000) NOT NULL,
    topicid bigint
);


--
-- Name: mtg_notice_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.mtg_notice_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mtg_notice_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.mtg_notice_id_seq OWNED BY public.mtg_notice.id;


--
-- Name: mtg_numbering; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mtg_numbering (
    series character varying(40) NOT NULL,
    last_number integer NOT NULL
);


--
-- Name: mtg_participation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mtg_participation (
    id integer NOT NULL,
    kind character varying(10) NOT NULL,
    meeting_id bigint NOT NULL,
    personid character varying(64) NOT NULL
);


--
-- Name: mtg_participation_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.mtg_participation_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mtg_participation_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.mtg_participation_id_seq OWNED BY public.mtg_participation.id;


--
-- Name: rev_chain; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rev_chain (
    id integer NOT NULL,
    completedat timestamp without time zone,
    meeting_id bigint,
    meetingnote character varying(500),
    policydistrict character varying(40) NOT NULL,
    policyversion character varying(40) NOT NULL,
    requestedmeetingid bigint,
    revision bigint,
    startedat timestamp without time zone NOT NULL,
    startedby character varying(64) NOT NULL,
    state character varying(12) NOT NULL,
    topic_id bigint NOT NULL,
    topic_version integer NOT NULL
);


--
-- Name: rev_chain_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.rev_chain_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: rev_chain_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.rev_chain_id_seq OWNED BY public.rev_chain.id;


--
-- Name: rev_step; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rev_step (
    id integer NOT NULL,
    actedat timestamp without time zone,
    actorid character varying(64),
    actorrole character varying(40),
    clause character varying(4) NOT NULL,
    comment character varying(2000),
    label character varying(300),
    revision bigint,
    role character varying(40),
    signerid character varying(64),
    stage integer NOT NULL,
    state character varying(10) NOT NULL,
    chain_id bigint
);


--
-- Name: rev_step_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.rev_step_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: rev_step_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.rev_step_id_seq OWNED BY public.rev_step.id;


--
-- Name: rev_topic_list; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rev_topic_list (
    meetingid bigint NOT NULL,
    approvedat timestamp without time zone,
    approvedby character varying(64),
    compiledat timestamp without time zone NOT NULL,
    compiledby character varying(64) NOT NULL,
    state character varying(10) NOT NULL
);


--
-- Name: rev_topic_list_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rev_topic_list_item (
    meeting_id bigint,
    topic_id bigint,
    "position" integer
);


--
-- Name: sup_attachment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sup_attachment (
    id integer NOT NULL,
    content bytea NOT NULL,
    contenttype character varying(100) NOT NULL,
    filename character varying(255) NOT NULL,
    sha256 character varying(64) NOT NULL,
    byte_size bigint NOT NULL,
    task_id bigint NOT NULL,
    uploadedat timestamp without time zone NOT NULL,
    uploadedby character varying(64) NOT NULL
);


--
-- Name: sup_attachment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.sup_attachment_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: sup_attachment_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.sup_attachment_id_seq OWNED BY public.sup_attachment.id;


--
-- Name: sup_chase; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sup_chase (
    id integer NOT NULL,
    kind character varying(10) NOT NULL,
    sent_on date NOT NULL,
    task_id bigint NOT NULL
);


--
-- Name: sup_chase_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.sup_chase_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: sup_chase_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.sup_chase_id_seq OWNED BY public.sup_chase.id;


--
-- Name: sup_emergency; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sup_emergency (
    id integer NOT NULL,
    countersignedby character varying(1000),
    decidedat timestamp without time zone NOT NULL,
    decidedby character varying(64) NOT NULL,
    means character varying(20) NOT NULL,
    recordedby character varying(64) NOT NULL,
    reportedatmeetingid bigint,
    what character varying(2000) NOT NULL,
    whynomeeting character varying(2000) NOT NULL
);


--
-- Name: sup_emergency_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.sup_emergency_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: sup_emergency_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.sup_emergency_id_seq OWNED BY public.sup_emergency.id;


--
-- Name: sup_progress; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sup_progress (
    id integer NOT NULL,
    kind character varying(20) NOT NULL,
    milestone character varying(300),
    percent integer,
    reportedat timestamp without time zone NOT NULL,
    reportedby character varying(64) NOT NULL,
    task_id bigint NOT NULL,
    text character varying(4000)
);


--
-- Name: sup_progress_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.sup_progress_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: sup_progress_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.sup_progress_id_seq OWNED BY public.sup_progress.id;


--
-- Name: sup_task; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sup_task (
    id integer NOT NULL,
    counitids character varying(1000),
    createdat timestamp without time zone NOT NULL,
    due date NOT NULL,
    meeting_id bigint NOT NULL,
    owner_unit_id character varying(64) NOT NULL,
    requirement_no integer NOT NULL,
    state character varying(20) NOT NULL,
    topic_id bigint NOT NULL,
    what character varying(2000) NOT NULL
);


--
-- Name: sup_task_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.sup_task_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: sup_task_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.sup_task_id_seq OWNED BY public.sup_task.id;


--
-- Name: att_discipline id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.att_discipline ALTER COLUMN id SET DEFAULT nextval('public.att_discipline_id_seq'::regclass);


--
-- Name: att_leave id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.att_leave ALTER COLUMN id SET DEFAULT nextval('public.att_leave_id_seq'::regclass);


--
-- Name: att_recording id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.att_recording ALTER COLUMN id SET DEFAULT nextval('public.att_recording_id_seq'::regclass);


--
-- Name: att_sign_in id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.att_sign_in ALTER COLUMN id SET DEFAULT nextval('public.att_sign_in_id_seq'::regclass);


--
-- Name: dir_change id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dir_change ALTER COLUMN id SET DEFAULT nextval('public.dir_change_id_seq'::regclass);


--
-- Name: int_event id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.int_event ALTER COLUMN id SET DEFAULT nextval('public.int_event_id_seq'::regclass);


--
-- Name: int_file id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.int_file ALTER COLUMN id SET DEFAULT nextval('public.int_file_id_seq'::regclass);


--
-- Name: int_override id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.int_override ALTER COLUMN id SET DEFAULT nextval('public.int_override_id_seq'::regclass);


--
-- Name: int_revision id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.int_revision ALTER COLUMN id SET DEFAULT nextval('public.int_revision_id_seq'::regclass);


--
-- Name: int_topic id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.int_topic ALTER COLUMN id SET DEFAULT nextval('public.int_topic_id_seq'::regclass);


--
-- Name: min_erratum id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.min_erratum ALTER COLUMN id SET DEFAULT nextval('public.min_erratum_id_seq'::regclass);


--
-- Name: min_item id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.min_item ALTER COLUMN id SET DEFAULT nextval('public.min_item_id_seq'::regclass);


--
-- Name: min_minutes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.min_minutes ALTER COLUMN id SET DEFAULT nextval('public.min_minutes_id_seq'::regclass);


--
-- Name: min_position id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.min_position ALTER COLUMN id SET DEFAULT nextval('public.min_position_id_seq'::regclass);


--
-- Name: min_step id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.min_step ALTER COLUMN id SET DEFAULT nextval('public.min_step_id_seq'::regclass);


--
-- Name: min_version id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.min_version ALTER COLUMN id SET DEFAULT nextval('public.min_version_id_seq'::regclass);


--
-- Name: mtg_agenda_item id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mtg_agenda_item ALTER COLUMN id SET DEFAULT nextval('public.mtg_agenda_item_id_seq'::regclass);


--
-- Name: mtg_materials id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mtg_materials ALTER COLUMN id SET DEFAULT nextval('public.mtg_materials_id_seq'::regclass);


--
-- Name: mtg_meeting id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mtg_meeting ALTER COLUMN id SET DEFAULT nextval('public.mtg_meeting_id_seq'::regclass);


--
-- Name: mtg_notice id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mtg_notice ALTER COLUMN id SET DEFAULT nextval('public.mtg_notice_id_seq'::regclass);


--
-- Name: mtg_participation id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mtg_participation ALTER COLUMN id SET DEFAULT nextval('public.mtg_participation_id_seq'::regclass);


--
-- Name: rev_chain id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rev_chain ALTER COLUMN id SET DEFAULT nextval('public.rev_chain_id_seq'::regclass);


--
-- Name: rev_step id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rev_step ALTER COLUMN id SET DEFAULT nextval('public.rev_step_id_seq'::regclass);


--
-- Name: sup_attachment id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sup_attachment ALTER COLUMN id SET DEFAULT nextval('public.sup_attachment_id_seq'::regclass);


--
-- Name: sup_chase id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sup_chase ALTER COLUMN id SET DEFAULT nextval('public.sup_chase_id_seq'::regclass);


--
-- Name: sup_emergency id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sup_emergency ALTER COLUMN id SET DEFAULT nextval('public.sup_emergency_id_seq'::regclass);


--
-- Name: sup_progress id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sup_progress ALTER COLUMN id SET DEFAULT nextval('public.sup_progress_id_seq'::regclass);


--
-- Name: sup_task id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sup_task ALTER COLUMN id SET DEFAULT nextval('public.sup_task_id_seq'::regclass);


--
-- Data for Name: att_discipline; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: att_leave; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: att_recording; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: att_sign_in; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.att_sign_in VALUES (1, false, NULL, NULL, 1, 'li.jianguo', '2026-12-02 00:58:14.38509', 'liu.yang');
INSERT INTO public.att_sign_in VALUES (2, false, NULL, NULL, 1, 'wang.hong', '2026-12-02 00:58:14.439486', 'liu.yang');
INSERT INTO public.att_sign_in VALUES (3, false, NULL, NULL, 1, 'zhao.min', '2026-12-02 00:58:14.493192', 'liu.yang');
INSERT INTO public.att_sign_in VALUES (4, false, NULL, NULL, 1, 'zhou.fang', '2026-12-02 00:58:14.530856', 'liu.yang');


--
-- Data for Name: dir_change; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: dir_person; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.dir_person VALUES ('cao.yun', '曹云', '区民政局局长', 'CIVIL');
INSERT INTO public.dir_person VALUES ('han.dong', '韩冬', '区自然资源局局长', 'NATRES');
INSERT INTO public.dir_person VALUES ('jiang.hai', '蒋海', '区人力资源和社会保障局局长', 'HRSS');
INSERT INTO public.dir_person VALUES ('qian.lin', '钱琳', '区财政局副局长', 'FINANCE');
INSERT INTO public.dir_person VALUES ('zheng.hua', '郑华', '党组成员', 'LEADERSHIP');
INSERT INTO public.dir_person VALUES ('he.bin', '何斌', '区审计局局长', 'AUDIT');
INSERT INTO public.dir_person VALUES ('deng.kai', '邓凯', '区应急管理局局长', 'EMERGENCY');
INSERT INTO public.dir_person VALUES ('wang.hong', '王红', '常务副区长', 'LEADERSHIP');
INSERT INTO public.dir_person VALUES ('sun.lei', '孙磊', '副区长', 'LEADERSHIP');
INSERT INTO public.dir_person VALUES ('lu.jie', '卢杰', '胜利街道办事处主任', 'SHENGLI');
INSERT INTO public.dir_person VALUES ('liang.chen', '梁晨', '区卫生健康局局长', 'HEALTH');
INSERT INTO public.dir_person VALUES ('li.jianguo', '李建国', '区长', 'LEADERSHIP');
INSERT INTO public.dir_person VALUES ('zhou.fang', '周芳', '副区长', 'LEADERSHIP');
INSERT INTO public.dir_person VALUES ('chen.jing', '陈静', '区政府办公室主任', 'OFFICE');
INSERT INTO public.dir_person VALUES ('wu.gang', '吴刚', '副区长', 'LEADERSHIP');
INSERT INTO public.dir_person VALUES ('ye.qing', '叶青', '新华街道办事处主任', 'XINHUA');
INSERT INTO public.dir_person VALUES ('xu.li', '徐丽', '区司法局局长', 'JUSTICE');
INSERT INTO public.dir_person VALUES ('lin.na', '林娜', '区发展和改革局科员', 'DEVREFORM');
INSERT INTO public.dir_person VALUES ('zhao.min', '赵敏', '副区长', 'LEADERSHIP');
INSERT INTO public.dir_person VALUES ('liu.yang', '刘洋', '区政府办公室科员', 'OFFICE');
INSERT INTO public.dir_person VALUES ('huang.tao', '黄涛', '区财政局局长', 'FINANCE');
INSERT INTO public.dir_person VALUES ('su.ming', '苏明', '港湾街道办事处主任', 'GANGWAN');
INSERT INTO public.dir_person VALUES ('tang.li', '唐丽', '区住房和城乡建设局科员', 'HOUSING');
INSERT INTO public.dir_person VALUES ('song.wei', '宋伟', '区住房和城乡建设局局长', 'HOUSING');
INSERT INTO public.dir_person VALUES ('feng.jun', '冯军', '党组成员', 'LEADERSHIP');
INSERT INTO public.dir_person VALUES ('peng.fei', '彭飞', '区市场监督管理局局长', 'MARKET');
INSERT INTO public.dir_person VALUES ('luo.ping', '罗平', '区教育局局长', 'EDUCATION');
INSERT INTO public.dir_person VALUES ('gao.yan', '高岩', '区信访局局长', 'PETITIONS');
INSERT INTO public.dir_person VALUES ('yang.xue', '杨雪', '常务秘书室秘书', 'SECRETARIAT');
INSERT INTO public.dir_person VALUES ('xie.yu', '谢宇', '区教育局科员', 'EDUCATION');
INSERT INTO public.dir_person VALUES ('wei.dong', '魏东', '区审计局副局长', 'AUDIT');
INSERT INTO public.dir_person VALUES ('ma.qiang', '马强', '区发展和改革局局长', 'DEVREFORM');


--
-- Data for Name: dir_person_role; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.dir_person_role VALUES ('cao.yun', 'DEPARTMENT_HEAD');
INSERT INTO public.dir_person_role VALUES ('han.dong', 'DEPARTMENT_HEAD');
INSERT INTO public.dir_person_role VALUES ('jiang.hai', 'DEPARTMENT_HEAD');
INSERT INTO public.dir_person_role VALUES ('qian.lin', 'DEPARTMENT_STAFF');
INSERT INTO public.dir_person_role VALUES ('zheng.hua', 'PARTY_GROUP_MEMBER');
INSERT INTO public.dir_person_role VALUES ('he.bin', 'AUDIT_HEAD');
INSERT INTO public.dir_person_role VALUES ('deng.kai', 'DEPARTMENT_HEAD');
INSERT INTO public.dir_person_role VALUES ('wang.hong', 'EXECUTIVE_VICE_MAYOR');
INSERT INTO public.dir_person_role VALUES ('wang.hong', 'VICE_MAYOR');
INSERT INTO public.dir_person_role VALUES ('sun.lei', 'VICE_MAYOR');
INSERT INTO public.dir_person_role VALUES ('lu.jie', 'SUBDISTRICT_HEAD');
INSERT INTO public.dir_person_role VALUES ('liang.chen', 'DEPARTMENT_HEAD');
INSERT INTO public.dir_person_role VALUES ('li.jianguo', 'MAYOR');
INSERT INTO public.dir_person_role VALUES ('zhou.fang', 'VICE_MAYOR');
INSERT INTO public.dir_person_role VALUES ('chen.jing', 'OFFICE_DIRECTOR');
INSERT INTO public.dir_person_role VALUES ('wu.gang', 'VICE_MAYOR');
INSERT INTO public.dir_person_role VALUES ('ye.qing', 'SUBDISTRICT_HEAD');
INSERT INTO public.dir_person_role VALUES ('xu.li', 'JUSTICE_HEAD');
INSERT INTO public.dir_person_role VALUES ('lin.na', 'DEPARTMENT_STAFF');
INSERT INTO public.dir_person_role VALUES ('zhao.min', 'VICE_MAYOR');
INSERT INTO public.dir_person_role VALUES ('liu.yang', 'OFFICE_STAFF');
INSERT INTO public.dir_person_role VALUES ('huang.tao', 'FINANCE_HEAD');
INSERT INTO public.dir_person_role VALUES ('su.ming', 'SUBDISTRICT_HEAD');
INSERT INTO public.dir_person_role VALUES ('tang.li', 'DEPARTMENT_STAFF');
INSERT INTO public.dir_person_role VALUES ('song.wei', 'DEPARTMENT_HEAD');
INSERT INTO public.dir_person_role VALUES ('feng.jun', 'PARTY_GROUP_MEMBER');
INSERT INTO public.dir_person_role VALUES ('peng.fei', 'DEPARTMENT_HEAD');
INSERT INTO public.dir_person_role VALUES ('luo.ping', 'DEPARTMENT_HEAD');
INSERT INTO public.dir_person_role VALUES ('gao.yan', 'PETITIONS_HEAD');
INSERT INTO public.dir_person_role VALUES ('yang.xue', 'SECRETARIAT');
INSERT INTO public.dir_person_role VALUES ('xie.yu', 'DEPARTMENT_STAFF');
INSERT INTO public.dir_person_role VALUES ('wei.dong', 'DEPARTMENT_STAFF');
INSERT INTO public.dir_person_role VALUES ('ma.qiang', 'DEPARTMENT_HEAD');


--
-- Data for Name: dir_unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.dir_unit VALUES ('HOUSING', 'song.wei', 'DEPARTMENT', '区住房和城乡建设局', 'Housing and Urban-Rural Development Bureau', 'sun.lei');
INSERT INTO public.dir_unit VALUES ('JUSTICE', 'xu.li', 'BUREAU', '区司法局', 'Justice Bureau', 'wu.gang');
INSERT INTO public.dir_unit VALUES ('MARKET', 'peng.fei', 'DEPARTMENT', '区市场监督管理局', 'Market Regulation Bureau', 'zhou.fang');
INSERT INTO public.dir_unit VALUES ('FINANCE', 'huang.tao', 'BUREAU', '区财政局', 'Finance Bureau', 'wang.hong');
INSERT INTO public.dir_unit VALUES ('DEVREFORM', 'ma.qiang', 'DEPARTMENT', '区发展和改革局', 'Development and Reform Bureau', 'wang.hong');
INSERT INTO public.dir_unit VALUES ('LEADERSHIP', 'li.jianguo', 'LEADERSHIP', '前进区人民政府', 'District Government', NULL);
INSERT INTO public.dir_unit VALUES ('SECRETARIAT', 'yang.xue', 'SECRETARIAT', '区政府常务秘书室', 'Standing Secretariat', NULL);
INSERT INTO public.dir_unit VALUES ('PETITIONS', 'gao.yan', 'BUREAU', '区信访局', 'Petitions Bureau', 'zhou.fang');
INSERT INTO public.dir_unit VALUES ('HRSS', 'jiang.hai', 'DEPARTMENT', '区人力资源和社会保障局', 'Human Resources and Social Security Bureau', 'zhao.min');
INSERT INTO public.dir_unit VALUES ('SHENGLI', 'lu.jie', 'SUBDISTRICT', '胜利街道办事处', 'Shengli Subdistrict', 'sun.lei');
INSERT INTO public.dir_unit VALUES ('OFFICE', 'chen.jing', 'OFFICE', '区政府办公室', 'Government Office', NULL);
INSERT INTO public.dir_unit VALUES ('EMERGENCY', 'deng.kai', 'DEPARTMENT', '区应急管理局', 'Emergency Management Bureau', 'zhou.fang');
INSERT INTO public.dir_unit VALUES ('NATRES', 'han.dong', 'DEPARTMENT', '区自然资源局', 'Natural Resources Bureau', 'wang.hong');
INSERT INTO public.dir_unit VALUES ('GANGWAN', 'su.ming', 'SUBDISTRICT', '港湾街道办事处', 'Gangwan Subdistrict', 'sun.lei');
INSERT INTO public.dir_unit VALUES ('EDUCATION', 'luo.ping', 'DEPARTMENT', '区教育局', 'Education Bureau', 'zhao.min');
INSERT INTO public.dir_unit VALUES ('CIVIL', 'cao.yun', 'DEPARTMENT', '区民政局', 'Civil Affairs Bureau', 'zheng.hua');
INSERT INTO public.dir_unit VALUES ('AUDIT', 'he.bin', 'BUREAU', '区审计局', 'Audit Bureau', 'wang.hong');
INSERT INTO public.dir_unit VALUES ('HEALTH', 'liang.chen', 'DEPARTMENT', '区卫生健康局', 'Health Commission', 'zhao.min');
INSERT INTO public.dir_unit VALUES ('XINHUA', 'ye.qing', 'SUBDISTRICT', '新华街道办事处', 'Xinhua Subdistrict', 'sun.lei');


--
-- Data for Name: int_event; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.int_event VALUES (1, 'xie.yu', 'DEPARTMENT_STAFF', '2026-12-02 00:58:11.577564', NULL, 'CREATED', 1, 0);
INSERT INTO public.int_event VALUES (2, 'xie.yu', 'DEPARTMENT_STAFF', '2026-12-02 00:58:11.775872', 'chain by policy qianjin 2021.3, 3 steps', 'SUBMITTED', 1, 1);
INSERT INTO public.int_event VALUES (3, 'chen.jing', NULL, '2026-12-02 00:58:12.639358', NULL, 'REVIEW_COMPLETE', 1, 1);
INSERT INTO public.int_event VALUES (4, 'lin.na', 'DEPARTMENT_STAFF', '2026-12-02 00:58:12.83489', NULL, 'CREATED', 2, 0);
INSERT INTO public.int_event VALUES (5, 'lin.na', 'DEPARTMENT_STAFF', '2026-12-02 00:58:12.900221', 'chain by policy qianjin 2021.3, 3 steps', 'SUBMITTED', 2, 1);
INSERT INTO public.int_event VALUES (6, 'chen.jing', NULL, '2026-12-02 00:58:13.756273', NULL, 'REVIEW_COMPLETE', 2, 1);
INSERT INTO public.int_event VALUES (7, 'xie.yu', 'DEPARTMENT_STAFF', '2026-12-02 00:58:13.90043', NULL, 'CREATED', 3, 0);
INSERT INTO public.int_event VALUES (8, 'xie.yu', 'DEPARTMENT_STAFF', '2026-12-02 00:58:13.944766', 'chain by policy qianjin 2021.3, 3 steps', 'SUBMITTED', 3, 1);
INSERT INTO public.int_event VALUES (9, 'lin.na', 'DEPARTMENT_STAFF', '2026-12-02 00:58:14.015311', NULL, 'CREATED', 4, 0);
INSERT INTO public.int_event VALUES (10, 'lin.na', 'DEPARTMENT_STAFF', '2026-12-02 00:58:14.121743', NULL, 'EDITED', 4, 0);
INSERT INTO public.int_event VALUES (11, 'li.jianguo', NULL, '2026-12-02 00:58:14.226482', NULL, 'REVIEW_LISTED', 1, 1);
INSERT INTO public.int_event VALUES (12, 'li.jianguo', NULL, '2026-12-02 00:58:14.255148', NULL, 'REVIEW_LISTED', 2, 1);


--
-- Data for Name: int_file; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: int_override; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: int_revision; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.int_revision VALUES (1, '{"name":"关于课后服务的议题","reporterId":"luo.ping","leadUnitId":"EDUCATION","attendingUnitIds":null,"category":"MAJOR_MATTER","supervisorId":null,"supervisorReason":null,"fiscal":false,"normativeDocument":false,"needsInterpretation":false,"partyCommitteeRemit":false,"toPartyCommittee":false,"urgent":false,"implementationOpinion":"实施意见：目标、措施、责任分工。","explanation":{"background":"背景和缘由","process":"研究讨论过程","content":"主要内容","questions":"提请研究解决的问题"},"interpretation":null,"consultations":[{"unitId":"FINANCE","answer":"AGREE","opinion":null,"solution":null}],"publicConsultation":null,"partyPreReport":null,"meetingId":1,"revisesMeetingId":null,"revisesTopicId":null}', '2026-12-02 00:58:11.775872', 'xie.yu', 1, 1);
INSERT INTO public.int_revision VALUES (2, '{"name":"关于物流园区规划的议题","reporterId":"ma.qiang","leadUnitId":"DEVREFORM","attendingUnitIds":null,"category":"MAJOR_MATTER","supervisorId":null,"supervisorReason":null,"fiscal":false,"normativeDocument":false,"needsInterpretation":false,"partyCommitteeRemit":false,"toPartyCommittee":false,"urgent":false,"implementationOpinion":"实施意见：目标、措施、责任分工。","explanation":{"background":"背景和缘由","process":"研究讨论过程","content":"主要内容","questions":"提请研究解决的问题"},"interpretation":null,"consultations":[{"unitId":"FINANCE","answer":"AGREE","opinion":null,"solution":null}],"publicConsultation":null,"partyPreReport":null,"meetingId":1,"revisesMeetingId":null,"revisesTopicId":null}', '2026-12-02 00:58:12.900221', 'lin.na', 2, 1);
INSERT INTO public.int_revision VALUES (3, '{"name":"关于学前教育资源布局的议题","reporterId":"luo.ping","leadUnitId":"EDUCATION","attendingUnitIds":null,"category":"MAJOR_MATTER","supervisorId":null,"supervisorReason":null,"fiscal":false,"normativeDocument":false,"needsInterpretation":false,"partyCommitteeRemit":false,"toPartyCommittee":false,"urgent":false,"implementationOpinion":"实施意见：目标、措施、责任分工。","explanation":{"background":"背景和缘由","process":"研究讨论过程","content":"主要内容","questions":"提请研究解决的问题"},"interpretation":null,"consultations":[{"unitId":"FINANCE","answer":"AGREE","opinion":null,"solution":null}],"publicConsultation":null,"partyPreReport":null,"meetingId":null,"revisesMeetingId":null,"revisesTopicId":null}', '2026-12-02 00:58:13.944766', 'xie.yu', 3, 1);


--
-- Data for Name: int_topic; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.int_topic VALUES (3, 'MAJOR_MATTER', NULL, '2026-12-02 00:58:13.90043', 'xie.yu', '{"name":"关于学前教育资源布局的议题","reporterId":"luo.ping","leadUnitId":"EDUCATION","attendingUnitIds":null,"category":"MAJOR_MATTER","supervisorId":null,"supervisorReason":null,"fiscal":false,"normativeDocument":false,"needsInterpretation":false,"partyCommitteeRemit":false,"toPartyCommittee":false,"urgent":false,"implementationOpinion":"实施意见：目标、措施、责任分工。","explanation":{"background":"背景和缘由","process":"研究讨论过程","content":"主要内容","questions":"提请研究解决的问题"},"interpretation":null,"consultations":[{"unitId":"FINANCE","answer":"AGREE","opinion":null,"solution":null}],"publicConsultation":null,"partyPreReport":null,"meetingId":null,"revisesMeetingId":null,"revisesTopicId":null}', 'EDUCATION', NULL, NULL, '关于学前教育资源布局的议题', NULL, NULL, 2, 'IN_REVIEW', 'zhao.min', '2026-12-02 00:58:13.944766', 1);
INSERT INTO public.int_topic VALUES (1, 'MAJOR_MATTER', NULL, '2026-12-02 00:58:11.577564', 'xie.yu', '{"name":"关于课后服务的议题","reporterId":"luo.ping","leadUnitId":"EDUCATION","attendingUnitIds":null,"category":"MAJOR_MATTER","supervisorId":null,"supervisorReason":null,"fiscal":false,"normativeDocument":false,"needsInterpretation":false,"partyCommitteeRemit":false,"toPartyCommittee":false,"urgent":false,"implementationOpinion":"实施意见：目标、措施、责任分工。","explanation":{"background":"背景和缘由","process":"研究讨论过程","content":"主要内容","questions":"提请研究解决的问题"},"interpretation":null,"consultations":[{"unitId":"FINANCE","answer":"AGREE","opinion":null,"solution":null}],"publicConsultation":null,"partyPreReport":null,"meetingId":1,"revisesMeetingId":null,"revisesTopicId":null}', 'EDUCATION', 1, NULL, '关于课后服务的议题', NULL, NULL, 4, 'LISTED', 'zhao.min', '2026-12-02 00:58:14.226482', 1);
INSERT INTO public.int_topic VALUES (2, 'MAJOR_MATTER', NULL, '2026-12-02 00:58:12.83489', 'lin.na', '{"name":"关于物流园区规划的议题","reporterId":"ma.qiang","leadUnitId":"DEVREFORM","attendingUnitIds":null,"category":"MAJOR_MATTER","supervisorId":null,"supervisorReason":null,"fiscal":false,"normativeDocument":false,"needsInterpretation":false,"partyCommitteeRemit":false,"toPartyCommittee":false,"urgent":false,"implementationOpinion":"实施意见：目标、措施、责任分工。","explanation":{"background":"背景和缘由","process":"研究讨论过程","content":"主要内容","questions":"提请研究解决的问题"},"interpretation":null,"consultations":[{"unitId":"FINANCE","answer":"AGREE","opinion":null,"solution":null}],"publicConsultation":null,"partyPreReport":null,"meetingId":1,"revisesMeetingId":null,"revisesTopicId":null}', 'DEVREFORM', 1, NULL, '关于物流园区规划的议题', NULL, NULL, 4, 'LISTED', 'wang.hong', '2026-12-02 00:58:14.255148', 1);
INSERT INTO public.int_topic VALUES (4, 'MAJOR_MATTER', NULL, '2026-12-02 00:58:14.015311', 'lin.na', '{"name":"关于老旧小区改造（草稿二）的议题","reporterId":"ma.qiang","leadUnitId":"DEVREFORM","attendingUnitIds":null,"category":"MAJOR_MATTER","supervisorId":null,"supervisorReason":null,"fiscal":false,"normativeDocument":false,"needsInterpretation":false,"partyCommitteeRemit":false,"toPartyCommittee":false,"urgent":false,"implementationOpinion":"实施意见：目标、措施、责任分工。","explanation":{"background":"背景和缘由","process":"研究讨论过程","content":"主要内容","questions":"提请研究解决的问题"},"interpretation":null,"consultations":[{"unitId":"FINANCE","answer":"AGREE","opinion":null,"solution":null}],"publicConsultation":null,"partyPreReport":null,"meetingId":null,"revisesMeetingId":null,"revisesTopicId":null}', 'DEVREFORM', NULL, NULL, '关于老旧小区改造（草稿二）的议题', NULL, NULL, 2, 'DRAFT', 'wang.hong', '2026-12-02 00:58:14.121743', 0);


--
-- Data for Name: min_archive; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: min_chair; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: min_erratum; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: min_item; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.min_item VALUES (1, '2026-12-02 00:58:15.021101', 'li.jianguo', NULL, 1, 'APPROVED', NULL, NULL, 'luo.ping', '制定课后服务实施细则|EDUCATION,FINANCE|2027-01-01
落实课后服务场地|HOUSING|2027-01-01
', NULL, 15, '关于课后服务的议题', 1);
INSERT INTO public.min_item VALUES (2, '2026-12-02 00:58:15.303605', 'li.jianguo', NULL, 1, 'APPROVED_WITH_REVISIONS', NULL, NULL, 'ma.qiang', '', '补充环境影响评价后按程序报批', 15, '关于物流园区规划的议题', 2);


--
-- Data for Name: min_minutes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.min_minutes VALUES (1, NULL, '前政纪〔2026〕44号', NULL, false, 1, 'li.jianguo,wang.hong,zhao.min,zhou.fang', NULL, NULL, 2, NULL, NULL, NULL, NULL, NULL, 'DRAFT', '第44次区政府常务会议纪要
时间：2026-12-18
地点：区政府三楼常务会议室
主持：李建国
出席：李建国、王红、赵敏、周芳
列席：
请假：

会前集体学法：习近平法治思想，由徐丽领学。参加：李建国、王红、赵敏、周芳

会议研究了以下事项：
1、关于课后服务的议题
汇报：罗平
决定：原则通过
要求：制定课后服务实施细则（责任单位：区教育局、区财政局；完成时限：2027-01-01）
要求：落实课后服务场地（责任单位：区住房和城乡建设局；完成时限：2027-01-01）

2、关于物流园区规划的议题
汇报：马强
决定：原则通过，按会议意见修改完善后按程序报批
修改意见：补充环境影响评价后按程序报批
附：会议材料。');


--
-- Data for Name: min_position; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.min_position VALUES (1, 'NO_OBJECTION', 1, NULL, 'li.jianguo', '2026-12-02 00:58:14.69307', 'yang.xue', 1);
INSERT INTO public.min_position VALUES (2, 'NO_OBJECTION', 1, NULL, 'wang.hong', '2026-12-02 00:58:14.827665', 'yang.xue', 1);
INSERT INTO public.min_position VALUES (3, 'NO_OBJECTION', 1, NULL, 'zhao.min', '2026-12-02 00:58:14.884619', 'yang.xue', 1);
INSERT INTO public.min_position VALUES (4, 'NO_OBJECTION', 1, NULL, 'zhou.fang', '2026-12-02 00:58:14.952497', 'yang.xue', 1);
INSERT INTO public.min_position VALUES (5, 'NO_OBJECTION', 1, NULL, 'li.jianguo', '2026-12-02 00:58:15.109554', 'yang.xue', 2);
INSERT INTO public.min_position VALUES (6, 'NO_OBJECTION', 1, NULL, 'wang.hong', '2026-12-02 00:58:15.156642', 'yang.xue', 2);
INSERT INTO public.min_position VALUES (7, 'NO_OBJECTION', 1, NULL, 'zhao.min', '2026-12-02 00:58:15.215008', 'yang.xue', 2);
INSERT INTO public.min_position VALUES (8, 'NO_OBJECTION', 1, NULL, 'zhou.fang', '2026-12-02 00:58:15.263312', 'yang.xue', 2);


--
-- Data for Name: min_step; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: min_version; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.min_version VALUES (1, '2026-12-02 00:58:15.678911', 'yang.xue', 1, '第44次区政府常务会议纪要
时间：2026-12-18
地点：区政府三楼常务会议室
主持：李建国
出席：李建国、王红、赵敏、周芳
列席：
请假：

会前集体学法：习近平法治思想，由徐丽领学。参加：李建国、王红、赵敏、周芳

会议研究了以下事项：
1、关于课后服务的议题
汇报：罗平
决定：原则通过
要求：制定课后服务实施细则（责任单位：区教育局、区财政局；完成时限：2027-01-01）
要求：落实课后服务场地（责任单位：区住房和城乡建设局；完成时限：2027-01-01）

2、关于物流园区规划的议题
汇报：马强
决定：原则通过，按会议意见修改完善后按程序报批
修改意见：补充环境影响评价后按程序报批

', 1);
INSERT INTO public.min_version VALUES (2, '2026-12-02 00:58:15.888366', 'yang.xue', 1, '第44次区政府常务会议纪要
时间：2026-12-18
地点：区政府三楼常务会议室
主持：李建国
出席：李建国、王红、赵敏、周芳
列席：
请假：

会前集体学法：习近平法治思想，由徐丽领学。参加：李建国、王红、赵敏、周芳

会议研究了以下事项：
1、关于课后服务的议题
汇报：罗平
决定：原则通过
要求：制定课后服务实施细则（责任单位：区教育局、区财政局；完成时限：2027-01-01）
要求：落实课后服务场地（责任单位：区住房和城乡建设局；完成时限：2027-01-01）

2、关于物流园区规划的议题
汇报：马强
决定：原则通过，按会议意见修改完善后按程序报批
修改意见：补充环境影响评价后按程序报批
附：会议材料。', 2);


--
-- Data for Name: mtg_agenda_item; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mtg_law_study; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mtg_law_study VALUES (1, 'RULE_OF_LAW_THOUGHT', 'xu.li', NULL, '习近平法治思想');


--
-- Data for Name: mtg_materials; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mtg_meeting; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mtg_meeting VALUES (1, '2026-12-02 00:58:11.426653', 'li.jianguo', '2026-12-11 00:58:11', 'REGULAR', 44, '2026-12-18 00:58:11', 'CLOSED', '区政府三楼常务会议室');


--
-- Data for Name: mtg_month_excuse; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mtg_notice; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mtg_notice VALUES (1, NULL, 'PREPARE', 1, 'luo.ping', '2026-12-02 00:58:14.245507', 'system', '议题《关于课后服务的议题》已列入第44次区政府常务会议议题表，请按统一格式和份数准备会议材料，按时送常务秘书室。', 1);
INSERT INTO public.mtg_notice VALUES (2, NULL, 'PREPARE', 1, 'xie.yu', '2026-12-02 00:58:14.245507', 'system', '议题《关于课后服务的议题》已列入第44次区政府常务会议议题表，请按统一格式和份数准备会议材料，按时送常务秘书室。', 1);
INSERT INTO public.mtg_notice VALUES (3, NULL, 'PREPARE', 1, 'ma.qiang', '2026-12-02 00:58:14.263812', 'system', '议题《关于物流园区规划的议题》已列入第44次区政府常务会议议题表，请按统一格式和份数准备会议材料，按时送常务秘书室。', 2);
INSERT INTO public.mtg_notice VALUES (4, NULL, 'PREPARE', 1, 'lin.na', '2026-12-02 00:58:14.263812', 'system', '议题《关于物流园区规划的议题》已列入第44次区政府常务会议议题表，请按统一格式和份数准备会议材料，按时送常务秘书室。', 2);


--
-- Data for Name: mtg_numbering; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mtg_numbering VALUES ('meeting', 44);


--
-- Data for Name: mtg_participation; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: rev_chain; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.rev_chain VALUES (3, NULL, NULL, NULL, 'qianjin', '2021.3', NULL, 1, '2026-12-02 00:58:13.936923', 'xie.yu', 'IN_REVIEW', 3, 1);
INSERT INTO public.rev_chain VALUES (1, '2026-12-02 00:58:12.613421', 1, NULL, 'qianjin', '2021.3', 1, 3, '2026-12-02 00:58:11.690837', 'xie.yu', 'LISTED', 1, 1);
INSERT INTO public.rev_chain VALUES (2, '2026-12-02 00:58:13.743899', 1, NULL, 'qianjin', '2021.3', 1, 3, '2026-12-02 00:58:12.887972', 'lin.na', 'LISTED', 2, 1);


--
-- Data for Name: rev_step; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.rev_step VALUES (3, '2026-12-02 00:58:12.032692', 'luo.ping', 'DEPARTMENT_HEAD', 'F4', '同意', '牵头部门主要负责人：已充分征求相关单位意见 (lead unit head: consultation complete)', 2, NULL, 'luo.ping', 1, 'SIGNED', 1);
INSERT INTO public.rev_step VALUES (1, '2026-12-02 00:58:12.366172', 'zhao.min', 'VICE_MAYOR', 'F7', '同意', '分管副区长阅签 (supervising vice-mayor signs)', 3, NULL, 'zhao.min', 4, 'SIGNED', 1);
INSERT INTO public.rev_step VALUES (2, '2026-12-02 00:58:12.613421', 'chen.jing', 'OFFICE_DIRECTOR', 'F8', '同意', '区政府办公室：程序完备、条件具备、材料规范 (Office: procedure complete)', 3, 'OFFICE_DIRECTOR', NULL, 5, 'SIGNED', 1);
INSERT INTO public.rev_step VALUES (5, '2026-12-02 00:58:13.18243', 'ma.qiang', 'DEPARTMENT_HEAD', 'F4', '同意', '牵头部门主要负责人：已充分征求相关单位意见 (lead unit head: consultation complete)', 2, NULL, 'ma.qiang', 1, 'SIGNED', 2);
INSERT INTO public.rev_step VALUES (4, '2026-12-02 00:58:13.480669', 'wang.hong', 'EXECUTIVE_VICE_MAYOR', 'F7', '同意', '分管副区长阅签 (supervising vice-mayor signs)', 3, NULL, 'wang.hong', 4, 'SIGNED', 2);
INSERT INTO public.rev_step VALUES (6, '2026-12-02 00:58:13.743899', 'chen.jing', 'OFFICE_DIRECTOR', 'F8', '同意', '区政府办公室：程序完备、条件具备、材料规范 (Office: procedure complete)', 3, 'OFFICE_DIRECTOR', NULL, 5, 'SIGNED', 2);
INSERT INTO public.rev_step VALUES (7, NULL, NULL, NULL, 'F7', NULL, '分管副区长阅签 (supervising vice-mayor signs)', 1, NULL, 'zhao.min', 4, 'WAITING', 3);
INSERT INTO public.rev_step VALUES (8, NULL, NULL, NULL, 'F4', NULL, '牵头部门主要负责人：已充分征求相关单位意见 (lead unit head: consultation complete)', 1, NULL, 'luo.ping', 1, 'PENDING', 3);
INSERT INTO public.rev_step VALUES (9, NULL, NULL, NULL, 'F8', NULL, '区政府办公室：程序完备、条件具备、材料规范 (Office: procedure complete)', 1, 'OFFICE_DIRECTOR', NULL, 5, 'WAITING', 3);


--
-- Data for Name: rev_topic_list; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.rev_topic_list VALUES (1, '2026-12-02 00:58:14.199284', 'li.jianguo', '2026-12-02 00:58:14.152356', 'liu.yang:OFFICE_STAFF', 'APPROVED');


--
-- Data for Name: rev_topic_list_item; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.rev_topic_list_item VALUES (1, 1, 0);
INSERT INTO public.rev_topic_list_item VALUES (1, 2, 1);


--
-- Data for Name: sup_attachment; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sup_chase; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sup_emergency; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sup_emergency VALUES (1, 'wang.hong,zhou.fang', '2026-12-01 22:58:14', 'li.jianguo', 'COUNTERSIGNATURE', 'li.jianguo', 1, '紧急调拨防汛物资', '汛情突发，无法及时召开会议');
INSERT INTO public.sup_emergency VALUES (2, NULL, '2026-12-01 23:58:15', 'li.jianguo', 'ORAL_REPORT', 'chen.jing', NULL, '紧急抢修供水管网', '管网爆裂，无法及时召开会议');


--
-- Data for Name: sup_progress; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sup_progress VALUES (1, 'PROGRESS', NULL, 50, '2026-12-02 00:58:15.609074', 'luo.ping', 1, '已起草细则');


--
-- Data for Name: sup_task; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sup_task VALUES (1, 'FINANCE', '2026-12-02 00:58:15.0375', '2027-01-01', 1, 'EDUCATION', 0, 'OPEN', 1, '制定课后服务实施细则');
INSERT INTO public.sup_task VALUES (2, '', '2026-12-02 00:58:15.0375', '2027-01-01', 1, 'HOUSING', 1, 'OPEN', 1, '落实课后服务场地');


--
-- Name: att_discipline_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.att_discipline_id_seq', 1, false);


--
-- Name: att_leave_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.att_leave_id_seq', 1, false);


--
-- Name: att_recording_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.att_recording_id_seq', 1, false);


--
-- Name: att_sign_in_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.att_sign_in_id_seq', 4, true);


--
-- Name: dir_change_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.dir_change_id_seq', 1, false);


--
-- Name: int_event_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.int_event_id_seq', 12, true);


--
-- Name: int_file_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.int_file_id_seq', 1, false);


--
-- Name: int_override_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.int_override_id_seq', 1, false);


--
-- Name: int_revision_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.int_revision_id_seq', 3, true);


--
-- Name: int_topic_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.int_topic_id_seq', 4, true);


--
-- Name: min_erratum_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.min_erratum_id_seq', 1, false);


--
-- Name: min_item_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.min_item_id_seq', 2, true);


--
-- Name: min_minutes_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.min_minutes_id_seq', 1, true);


--
-- Name: min_position_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.min_position_id_seq', 8, true);


--
-- Name: min_step_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.min_step_id_seq', 1, false);


--
-- Name: min_version_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.min_version_id_seq', 2, true);


--
-- Name: mtg_agenda_item_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.mtg_agenda_item_id_seq', 1, false);


--
-- Name: mtg_materials_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.mtg_materials_id_seq', 1, false);


--
-- Name: mtg_meeting_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.mtg_meeting_id_seq', 1, true);


--
-- Name: mtg_notice_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.mtg_notice_id_seq', 4, true);


--
-- Name: mtg_participation_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.mtg_participation_id_seq', 1, false);


--
-- Name: rev_chain_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.rev_chain_id_seq', 3, true);


--
-- Name: rev_step_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.rev_step_id_seq', 9, true);


--
-- Name: sup_attachment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sup_attachment_id_seq', 1, false);


--
-- Name: sup_chase_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sup_chase_id_seq', 1, false);


--
-- Name: sup_emergency_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sup_emergency_id_seq', 2, true);


--
-- Name: sup_progress_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sup_progress_id_seq', 1, true);


--
-- Name: sup_task_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sup_task_id_seq', 2, true);


--
-- Name: att_discipline att_discipline_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.att_discipline
    ADD CONSTRAINT att_discipline_pkey PRIMARY KEY (id);


--
-- Name: att_leave att_leave_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.att_leave
    ADD CONSTRAINT att_leave_pkey PRIMARY KEY (id);


--
-- Name: att_recording att_recording_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.att_recording
    ADD CONSTRAINT att_recording_pkey PRIMARY KEY (id);


--
-- Name: att_sign_in att_sign_in_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.att_sign_in
    ADD CONSTRAINT att_sign_in_once UNIQUE (meeting_id, person_id);


--
-- Name: att_sign_in att_sign_in_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.att_sign_in
    ADD CONSTRAINT att_sign_in_pkey PRIMARY KEY (id);


--
-- Name: dir_change dir_change_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dir_change
    ADD CONSTRAINT dir_change_pkey PRIMARY KEY (id);


--
-- Name: dir_person dir_person_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dir_person
    ADD CONSTRAINT dir_person_pkey PRIMARY KEY (id);


--
-- Name: dir_unit dir_unit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dir_unit
    ADD CONSTRAINT dir_unit_pkey PRIMARY KEY (id);


--
-- Name: int_event int_event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.int_event
    ADD CONSTRAINT int_event_pkey PRIMARY KEY (id);


--
-- Name: int_file int_file_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.int_file
    ADD CONSTRAINT int_file_pkey PRIMARY KEY (id);


--
-- Name: int_override int_override_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.int_override
    ADD CONSTRAINT int_override_pkey PRIMARY KEY (id);


--
-- Name: int_revision int_revision_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.int_revision
    ADD CONSTRAINT int_revision_pkey PRIMARY KEY (id);


--
-- Name: int_topic int_topic_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.int_topic
    ADD CONSTRAINT int_topic_pkey PRIMARY KEY (id);


--
-- Name: min_archive min_archive_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.min_archive
    ADD CONSTRAINT min_archive_pkey PRIMARY KEY (meetingid);


--
-- Name: min_chair min_chair_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.min_chair
    ADD CONSTRAINT min_chair_pkey PRIMARY KEY (meetingid);


--
-- Name: min_erratum min_erratum_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.min_erratum
    ADD CONSTRAINT min_erratum_pkey PRIMARY KEY (id);


--
-- Name: min_item min_item_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.min_item
    ADD CONSTRAINT min_item_once UNIQUE (meeting_id, topic_id);


--
-- Name: min_item min_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.min_item
    ADD CONSTRAINT min_item_pkey PRIMARY KEY (id);


--
-- Name: min_minutes min_minutes_meeting; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.min_minutes
    ADD CONSTRAINT min_minutes_meeting UNIQUE (meeting_id);


--
-- Name: min_minutes min_minutes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.min_minutes
    ADD CONSTRAINT min_minutes_pkey PRIMARY KEY (id);


--
-- Name: min_position min_position_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.min_position
    ADD CONSTRAINT min_position_once UNIQUE (meeting_id, topic_id, person_id);


--
-- Name: min_position min_position_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.min_position
    ADD CONSTRAINT min_position_pkey PRIMARY KEY (id);


--
-- Name: min_step min_step_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.min_step
    ADD CONSTRAINT min_step_pkey PRIMARY KEY (id);


--
-- Name: min_version min_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.min_version
    ADD CONSTRAINT min_version_pkey PRIMARY KEY (id);


--
-- Name: mtg_agenda_item mtg_agenda_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mtg_agenda_item
    ADD CONSTRAINT mtg_agenda_item_pkey PRIMARY KEY (id);


--
-- Name: mtg_law_study mtg_law_study_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mtg_law_study
    ADD CONSTRAINT mtg_law_study_pkey PRIMARY KEY (meetingid);


--
-- Name: mtg_materials mtg_materials_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mtg_materials
    ADD CONSTRAINT mtg_materials_pkey PRIMARY KEY (id);


--
-- Name: mtg_meeting mtg_meeting_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mtg_meeting
    ADD CONSTRAINT mtg_meeting_number UNIQUE (number);


--
-- Name: mtg_meeting mtg_meeting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mtg_meeting
    ADD CONSTRAINT mtg_meeting_pkey PRIMARY KEY (id);


--
-- Name: mtg_month_excuse mtg_month_excuse_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mtg_month_excuse
    ADD CONSTRAINT mtg_month_excuse_pkey PRIMARY KEY (month);


--
-- Name: mtg_notice mtg_notice_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mtg_notice
    ADD CONSTRAINT mtg_notice_pkey PRIMARY KEY (id);


--
-- Name: mtg_numbering mtg_numbering_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mtg_numbering
    ADD CONSTRAINT mtg_numbering_pkey PRIMARY KEY (series);


--
-- Name: mtg_participation mtg_participation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mtg_participation
    ADD CONSTRAINT mtg_participation_pkey PRIMARY KEY (id);


--
-- Name: rev_chain rev_chain_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rev_chain
    ADD CONSTRAINT rev_chain_pkey PRIMARY KEY (id);


--
-- Name: rev_chain rev_chain_topic_version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rev_chain
    ADD CONSTRAINT rev_chain_topic_version UNIQUE (topic_id, topic_version);


--
-- Name: rev_step rev_step_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rev_step
    ADD CONSTRAINT rev_step_pkey PRIMARY KEY (id);


--
-- Name: rev_topic_list rev_topic_list_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rev_topic_list
    ADD CONSTRAINT rev_topic_list_pkey PRIMARY KEY (meetingid);


--
-- Name: sup_attachment sup_attachment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sup_attachment
    ADD CONSTRAINT sup_attachment_pkey PRIMARY KEY (id);


--
-- Name: sup_chase sup_chase_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sup_chase
    ADD CONSTRAINT sup_chase_once UNIQUE (task_id, kind, sent_on);


--
-- Name: sup_chase sup_chase_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sup_chase
    ADD CONSTRAINT sup_chase_pkey PRIMARY KEY (id);


--
-- Name: sup_emergency sup_emergency_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sup_emergency
    ADD CONSTRAINT sup_emergency_pkey PRIMARY KEY (id);


--
-- Name: sup_progress sup_progress_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sup_progress
    ADD CONSTRAINT sup_progress_pkey PRIMARY KEY (id);


--
-- Name: sup_task sup_task_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sup_task
    ADD CONSTRAINT sup_task_once UNIQUE (meeting_id, topic_id, requirement_no);


--
-- Name: sup_task sup_task_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sup_task
    ADD CONSTRAINT sup_task_pkey PRIMARY KEY (id);


--
-- Name: att_disc_meeting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX att_disc_meeting ON public.att_discipline USING btree (meeting_id);


--
-- Name: att_leave_meeting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX att_leave_meeting ON public.att_leave USING btree (meeting_id);


--
-- Name: att_rec_meeting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX att_rec_meeting ON public.att_recording USING btree (meeting_id);


--
-- Name: att_sign_in_meeting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX att_sign_in_meeting ON public.att_sign_in USING btree (meeting_id);


--
-- Name: dir_change_subject; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dir_change_subject ON public.dir_change USING btree (subject_id);


--
-- Name: dir_person_unit; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dir_person_unit ON public.dir_person USING btree (unit_id);


--
-- Name: int_event_topic; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX int_event_topic ON public.int_event USING btree (topic_id);


--
-- Name: int_file_topic; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX int_file_topic ON public.int_file USING btree (topic_id);


--
-- Name: int_override_topic; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX int_override_topic ON public.int_override USING btree (topic_id);


--
-- Name: int_revision_topic; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX int_revision_topic ON public.int_revision USING btree (topic_id);


--
-- Name: int_topic_meeting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX int_topic_meeting ON public.int_topic USING btree (meeting_id, id);


--
-- Name: int_topic_newest_rev; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX int_topic_newest_rev ON public.int_topic USING btree (id DESC, revision);


--
-- Name: int_topic_status_newest_rev; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX int_topic_status_newest_rev ON public.int_topic USING btree (status, id DESC, revision);


--
-- Name: int_topic_supervisor; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX int_topic_supervisor ON public.int_topic USING btree (supervisor_id, id);


--
-- Name: int_topic_unit_newest_rev; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX int_topic_unit_newest_rev ON public.int_topic USING btree (lead_unit_id, id DESC, revision);


--
-- Name: min_erratum_minutes; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX min_erratum_minutes ON public.min_erratum USING btree (minutes_id);


--
-- Name: min_step_minutes; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX min_step_minutes ON public.min_step USING btree (minutes_id);


--
-- Name: min_version_minutes; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX min_version_minutes ON public.min_version USING btree (minutes_id);


--
-- Name: mtg_item_meeting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mtg_item_meeting ON public.mtg_agenda_item USING btree (meeting_id);


--
-- Name: mtg_mat_meeting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mtg_mat_meeting ON public.mtg_materials USING btree (meeting_id);


--
-- Name: mtg_meeting_cutoff; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mtg_meeting_cutoff ON public.mtg_meeting USING btree (status, cutoff);


--
-- Name: mtg_notice_recipient; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mtg_notice_recipient ON public.mtg_notice USING btree (recipient_id);


--
-- Name: mtg_part_meeting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mtg_part_meeting ON public.mtg_participation USING btree (meeting_id);


--
-- Name: rev_chain_state; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX rev_chain_state ON public.rev_chain USING btree (state, meeting_id);


--
-- Name: sup_att_task; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sup_att_task ON public.sup_attachment USING btree (task_id);


--
-- Name: sup_progress_task; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sup_progress_task ON public.sup_progress USING btree (task_id);


--
-- Name: sup_task_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sup_task_due ON public.sup_task USING btree (state, due);


--
-- Name: sup_task_owner; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sup_task_owner ON public.sup_task USING btree (owner_unit_id);


--
-- Name: dir_person_role fk_dir_person_role_person_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dir_person_role
    ADD CONSTRAINT fk_dir_person_role_person_id FOREIGN KEY (person_id) REFERENCES public.dir_person(id);


--
-- Name: rev_step fk_rev_step_chain_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rev_step
    ADD CONSTRAINT fk_rev_step_chain_id FOREIGN KEY (chain_id) REFERENCES public.rev_chain(id);


--
-- Name: rev_topic_list_item fk_rev_topic_list_item_meeting_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rev_topic_list_item
    ADD CONSTRAINT fk_rev_topic_list_item_meeting_id FOREIGN KEY (meeting_id) REFERENCES public.rev_topic_list(meetingid);


--
-- PostgreSQL database dump complete
--


