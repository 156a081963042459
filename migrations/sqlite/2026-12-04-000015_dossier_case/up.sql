-- The case (trường hợp) of its procedure a dossier is filed under: it decides the time limit,
-- the fees and the required documents (the channel offers and requirements of that case).
ALTER TABLE dossiers ADD COLUMN case_key TEXT;
