-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Hoego developers
--
-- Version 10 (issue 16): a trigram index under the texts search reads, so a word of three letters or more is
-- looked up instead of found by reading every text (SQLite's version 10 changes nothing: its search has had
-- an index since version 1). The queries stay LIKE and ILIKE over search_text, so the results are the same with
-- or without the index. pg_trgm ships with PostgreSQL and is a trusted extension (the database's owner may add
-- it); where it is missing or not allowed the database is set up without the index and search reads every text.

DO $$
DECLARE
    trgm_schema name;
    indexed text[][] := ARRAY[['event', 'title || chr(10) || notes'],
                              ['section', 'heading || chr(10) || body'],
                              ['goal', 'title || chr(10) || notes'],
                              ['lesson', 'text'],
                              ['unfinished', 'text'],
                              ['output', 'title || chr(10) || venue || chr(10) || notes']];
    entry text[];
BEGIN
    -- One extension serves every schema of the database, so it gets a schema of its own: in a Hoego schema it
    -- would go, with the other schemas' indexes, when that schema is dropped. Two set-ups at once take turns.
    PERFORM pg_advisory_xact_lock(hashtext('hoego: pg_trgm'));
    IF NOT EXISTS (SELECT FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE SCHEMA IF NOT EXISTS hoego_trigrams;
        CREATE EXTENSION pg_trgm SCHEMA hoego_trigrams;
        GRANT USAGE ON SCHEMA hoego_trigrams TO PUBLIC;
    END IF;
    -- The extension may have been added before, in any schema (public, often).
    SELECT extnamespace::regnamespace::name INTO trgm_schema FROM pg_extension WHERE extname = 'pg_trgm';
    -- Each expression is the one search_text gives as doc, so the planner matches it to the index.
    FOREACH entry SLICE 1 IN ARRAY indexed LOOP
        EXECUTE format('CREATE INDEX %I ON %I USING gin ((%s) %I.gin_trgm_ops)',
                       entry[1] || '_words', entry[1], entry[2], trgm_schema);
    END LOOP;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'Hoego: no trigram index for search (%); search reads every text', SQLERRM;
END $$;
