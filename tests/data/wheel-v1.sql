-- A wheel file in format 1, as Civic Wheel 0.1 wrote it: the fixture for
-- migration tests. Rebuild wheel-v1.wheel with:
--   sqlite3 tests/data/wheel-v1.wheel < tests/data/wheel-v1.sql
PRAGMA application_id = 1128879703;
BEGIN;
CREATE TABLE trusts (
            id INTEGER PRIMARY KEY,
            name VARCHAR(200) NOT NULL,
            companies_house_number VARCHAR(20) NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '');
CREATE TABLE academies (
            id INTEGER PRIMARY KEY,
            trust_id INTEGER REFERENCES trusts (id) ON DELETE SET NULL,
            urn VARCHAR(6) NOT NULL UNIQUE,
            name VARCHAR(200) NOT NULL,
            phase VARCHAR(60) NOT NULL DEFAULT '',
            local_authority VARCHAR(100) NOT NULL DEFAULT '',
            postcode VARCHAR(10) NOT NULL DEFAULT '',
            headteacher VARCHAR(200) NOT NULL DEFAULT '',
            pupils_on_roll INTEGER CHECK (pupils_on_roll >= 0),
            percent_disadvantaged REAL CHECK (percent_disadvantaged BETWEEN 0 AND 100),
            percent_send REAL CHECK (percent_send BETWEEN 0 AND 100),
            notes TEXT NOT NULL DEFAULT '');
CREATE TABLE partners (
            id INTEGER PRIMARY KEY,
            name VARCHAR(200) NOT NULL,
            sector VARCHAR(30) NOT NULL,
            postcode VARCHAR(10) NOT NULL DEFAULT '',
            website VARCHAR(300) NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '');
CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
            name VARCHAR(200) NOT NULL,
            role VARCHAR(200) NOT NULL DEFAULT '',
            email VARCHAR(254) NOT NULL DEFAULT '',
            phone VARCHAR(40) NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '');
CREATE TABLE ties (
            id INTEGER PRIMARY KEY,
            academy_id INTEGER NOT NULL REFERENCES academies (id) ON DELETE CASCADE,
            partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
            strength INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 5),
            role VARCHAR(20) NOT NULL,
            narrative VARCHAR(20) NOT NULL,
            staff_owner VARCHAR(200) NOT NULL DEFAULT '',
            executive_sponsor VARCHAR(200) NOT NULL DEFAULT '',
            started DATE,
            next_review DATE,
            status VARCHAR(20) NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            UNIQUE (academy_id, partner_id));
CREATE TABLE needs (
            id INTEGER PRIMARY KEY,
            academy_id INTEGER NOT NULL REFERENCES academies (id) ON DELETE CASCADE,
            title VARCHAR(300) NOT NULL,
            category VARCHAR(30) NOT NULL,
            severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 5),
            evidence TEXT NOT NULL DEFAULT '',
            affects_disadvantaged INTEGER NOT NULL DEFAULT 0 CHECK (affects_disadvantaged IN (0, 1)),
            affects_send INTEGER NOT NULL DEFAULT 0 CHECK (affects_send IN (0, 1)),
            consulted INTEGER NOT NULL DEFAULT 0 CHECK (consulted IN (0, 1)),
            status VARCHAR(20) NOT NULL,
            notes TEXT NOT NULL DEFAULT '');
CREATE TABLE initiatives (
            id INTEGER PRIMARY KEY,
            academy_id INTEGER NOT NULL REFERENCES academies (id) ON DELETE CASCADE,
            title VARCHAR(300) NOT NULL,
            approach VARCHAR(30) NOT NULL,
            status VARCHAR(20) NOT NULL,
            staff_lead VARCHAR(200) NOT NULL DEFAULT '',
            started DATE,
            ends DATE,
            description TEXT NOT NULL DEFAULT '',
            outcomes TEXT NOT NULL DEFAULT '',
            pupils_reached INTEGER NOT NULL DEFAULT 0 CHECK (pupils_reached >= 0),
            disadvantaged_reached INTEGER NOT NULL DEFAULT 0 CHECK (disadvantaged_reached >= 0),
            send_reached INTEGER NOT NULL DEFAULT 0 CHECK (send_reached >= 0));
CREATE TABLE initiative_partners (
            initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
            partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
            PRIMARY KEY (initiative_id, partner_id));
CREATE TABLE initiative_needs (
            initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
            need_id INTEGER NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
            PRIMARY KEY (initiative_id, need_id));
CREATE TABLE engagements (
            id INTEGER PRIMARY KEY,
            academy_id INTEGER NOT NULL REFERENCES academies (id) ON DELETE CASCADE,
            partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
            contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
            occurred_on DATE NOT NULL,
            kind VARCHAR(20) NOT NULL,
            summary VARCHAR(500) NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '');
CREATE INDEX ties_partner ON ties (partner_id);
CREATE INDEX contacts_partner ON contacts (partner_id);
CREATE INDEX needs_academy ON needs (academy_id);
CREATE INDEX initiatives_academy ON initiatives (academy_id);
CREATE INDEX initiative_partners_partner ON initiative_partners (partner_id);
CREATE INDEX initiative_needs_need ON initiative_needs (need_id);
CREATE INDEX engagements_academy ON engagements (academy_id, occurred_on);

INSERT INTO trusts (id, name) VALUES (1, 'Fixture Trust');
INSERT INTO academies (id, trust_id, urn, name, phase, local_authority, postcode, pupils_on_roll, percent_disadvantaged, percent_send)
  VALUES (1, 1, '123456', 'Version One Academy', 'Primary', 'Testshire', 'TE1 1ST', 200, 25.5, 12.0);
INSERT INTO partners (id, name, sector, postcode) VALUES (1, 'Old Town Museum', 'cultural', 'TE1 2MU');
INSERT INTO partners (id, name, sector, postcode) VALUES (2, 'Testshire NHS Trust', 'health', 'TE2 3NH');
INSERT INTO contacts (id, partner_id, name, role, email, phone) VALUES (1, 1, 'Ada Curator', 'Learning Officer', 'ada@museum.example.org', '01632 960001');
INSERT INTO ties (id, academy_id, partner_id, strength, role, narrative, status, next_review) VALUES (1, 1, 1, 4, 'leads', 'civic', 'active', '2024-09-01');
INSERT INTO ties (id, academy_id, partner_id, strength, role, narrative, status) VALUES (2, 1, 2, 2, 'supports', 'civic', 'prospective');
INSERT INTO needs (id, academy_id, title, category, severity, affects_disadvantaged, affects_send, consulted, status) VALUES (1, 1, 'Waiting times for CAMHS', 'mental-health', 5, 1, 1, 0, 'open');
INSERT INTO initiatives (id, academy_id, title, approach, status, pupils_reached, disadvantaged_reached, send_reached) VALUES (1, 1, 'Museum Club', 'wider-education', 'active', 30, 10, 3);
INSERT INTO initiative_partners VALUES (1, 1);
INSERT INTO initiative_needs VALUES (1, 1);
INSERT INTO engagements (id, academy_id, partner_id, contact_id, occurred_on, kind, summary) VALUES (1, 1, 1, 1, '2024-03-14', 'visit', 'Class visit');
PRAGMA user_version = 1;
COMMIT;
