-- The applicant's satisfaction rating of a dossier (one per dossier, editable for a week). Who
-- rated is not kept: the rating is the dossier's, and officers only ever see sums of them.
-- `overall` and the criteria's levels are `shared::rating::Level` codes; `criteria` is a JSON
-- list of [criterion number, level]; `channel` is how it was given (`tai_khoan`: signed in as the
-- applicant; `ma_ho_so`: with the dossier's code and check value, at a kiosk or from the mail).
CREATE TABLE ratings (
    id BIGSERIAL PRIMARY KEY,
    dossier_id BIGINT NOT NULL UNIQUE REFERENCES dossiers (id) ON DELETE CASCADE,
    overall TEXT NOT NULL,
    criteria TEXT NOT NULL,
    comment TEXT NOT NULL,
    channel TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    edited_at TIMESTAMP
);
