-- The agencies a procedure version names besides the one that decides it
-- (`procedures.agency_id`): `receives`, the one-stop units that receive its dossiers in order
-- (the first is where an online dossier goes); `returns`, where results are handed back (one at
-- most; none: where the dossier was received). A provincial centre receives for many agencies,
-- a commune's one-stop unit may receive for provincial ones (Decree 118/2025).
CREATE TABLE procedure_agencies (
    procedure_id BIGINT NOT NULL REFERENCES procedures (id),
    role TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    agency_id BIGINT NOT NULL REFERENCES agencies (id),
    PRIMARY KEY (procedure_id, role, ordinal)
);
CREATE INDEX procedure_agencies_by_agency ON procedure_agencies (agency_id, role);
