-- A counter moved by every change to the catalog (a version written or ended, an import). The
-- in-memory catalog (services/catalog/snapshot.rs) is rebuilt when it moves, so an ended
-- version, which adds no row, leaves the public catalog on its date.
CREATE TABLE catalog_revision (
    id BIGINT PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO catalog_revision (id, revision) VALUES (1, 0);
