-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Hoego developers
--
-- Version 9 (issue 16), as SQLite's version 9 in core/storage/schema.cpp: a version on every row a user edits,
-- raised by every update whatever wrote it. A client compares it with the version it read to refuse an edit of a
-- row another client changed meanwhile. Announcements now carry the version, so a client can tell which versions
-- it wrote itself and refuse to undo over another client's later change.

CREATE FUNCTION hoego_next_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- An update that sets the version itself (a copy putting back a row as it was) keeps it.
    IF NEW.version IS NOT DISTINCT FROM OLD.version THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END $$;

DO $$
DECLARE
    versioned text[] := ARRAY['area', 'year', 'event', 'section', 'goal', 'milestone', 'goal_link', 'lesson',
                              'unfinished', 'theme', 'theme_year', 'theme_link', 'question', 'answer', 'output',
                              'goal_evidence', 'export_profile'];
    name text;
BEGIN
    FOREACH name IN ARRAY versioned LOOP
        EXECUTE format('ALTER TABLE %I ADD COLUMN version integer NOT NULL DEFAULT 1', name);
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION hoego_next_version()',
                       name || '_version', name);
    END LOOP;
END $$;

-- "table id version" (the version empty for a table without one).
CREATE OR REPLACE FUNCTION hoego_announce() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := to_jsonb(OLD);
    ELSE
        changed := to_jsonb(NEW);
    END IF;
    PERFORM pg_notify('hoego_changes_' || TG_TABLE_SCHEMA,
                      TG_TABLE_NAME || ' ' || coalesce(changed ->> TG_ARGV[0], '0') || ' '
                      || coalesce(changed ->> 'version', ''));
    RETURN NULL;
END $$;
