-- A notice about a dossier in English too, shown to a visitor whose interface is English. Notices
-- written before this have none (''): they show in Vietnamese.
ALTER TABLE notices ADD COLUMN message_en TEXT NOT NULL DEFAULT '';
