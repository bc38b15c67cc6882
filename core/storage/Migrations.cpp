// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

namespace station {

namespace {

// Version 1: the station, operators, tubes, samples, boxes, outbox and audit log.
// Personal columns (name, id_number, phone, address) hold what PersonalDataCodec
// writes, so that encryption at rest can replace the codec without a schema change.
QStringList version1() {
    return {
        QStringLiteral(R"(CREATE TABLE station (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            site_code TEXT NOT NULL CHECK (length(site_code) > 0),
            site_name TEXT NOT NULL,
            district TEXT NOT NULL,
            table_number INTEGER NOT NULL CHECK (table_number > 0),
            device_id TEXT NOT NULL,
            default_pool_size INTEGER NOT NULL CHECK (default_pool_size IN (1, 5, 10, 20)),
            tube_pattern TEXT NOT NULL,
            box_pattern TEXT NOT NULL,
            provisioned_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE operators (
            id INTEGER PRIMARY KEY,
            staff_id TEXT NOT NULL UNIQUE CHECK (length(staff_id) > 0),
            name TEXT NOT NULL,
            pin_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE boxes (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            code TEXT NOT NULL UNIQUE,
            state TEXT NOT NULL CHECK (state IN ('open', 'sealed', 'handed_over')),
            opened_at TEXT NOT NULL,
            opened_by INTEGER NOT NULL REFERENCES operators(id),
            sealed_at TEXT,
            sealed_tube_count INTEGER,
            sealed_person_count INTEGER,
            handed_over_at TEXT,
            handed_over_by TEXT,
            carried_by TEXT,
            temperature_c REAL))"),
        QStringLiteral(R"(CREATE TABLE tubes (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            code TEXT NOT NULL UNIQUE,
            pool_size INTEGER NOT NULL CHECK (pool_size IN (1, 5, 10, 20)),
            state TEXT NOT NULL
                CHECK (state IN ('open', 'sealed', 'boxed', 'handed_over', 'voided')),
            opened_at TEXT NOT NULL,
            opened_by INTEGER NOT NULL REFERENCES operators(id),
            first_swab_at TEXT,
            sealed_at TEXT,
            seal_reason TEXT,
            voided_at TEXT,
            void_reason TEXT,
            box_id INTEGER REFERENCES boxes(id),
            CHECK ((state IN ('boxed', 'handed_over')) = (box_id IS NOT NULL))))"),
        // At most one open tube per station.
        QStringLiteral("CREATE UNIQUE INDEX tubes_one_open ON tubes(state) WHERE state = 'open'"),
        QStringLiteral("CREATE INDEX tubes_box ON tubes(box_id)"),
        QStringLiteral("CREATE UNIQUE INDEX boxes_one_open ON boxes(state) WHERE state = 'open'"),
        QStringLiteral(R"(CREATE TABLE samples (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            tube_id INTEGER NOT NULL REFERENCES tubes(id),
            position INTEGER NOT NULL CHECK (position >= 1),
            state TEXT NOT NULL CHECK (state IN ('active', 'removed', 'voided')),
            person_key TEXT NOT NULL,
            registration_id TEXT,
            id_type TEXT NOT NULL,
            id_masked TEXT NOT NULL,
            id_tail TEXT NOT NULL,
            name BLOB NOT NULL,
            id_number BLOB NOT NULL,
            phone BLOB,
            address BLOB,
            group_code TEXT,
            entry_method TEXT NOT NULL CHECK (entry_method IN ('scanner', 'camera', 'manual')),
            sample_type TEXT NOT NULL DEFAULT 'throat_swab',
            operator_id INTEGER NOT NULL REFERENCES operators(id),
            taken_at TEXT NOT NULL,
            taken_day TEXT NOT NULL,
            retest_confirmed INTEGER NOT NULL DEFAULT 0,
            removed_at TEXT,
            removed_by INTEGER REFERENCES operators(id),
            removed_reason TEXT))"),
        QStringLiteral("CREATE UNIQUE INDEX samples_person_once_per_tube ON samples(tube_id, "
                       "person_key) WHERE state = 'active'"),
        QStringLiteral("CREATE UNIQUE INDEX samples_position ON samples(tube_id, position) "
                       "WHERE state = 'active'"),
        QStringLiteral("CREATE INDEX samples_person_day ON samples(person_key, taken_day)"),
        QStringLiteral("CREATE INDEX samples_day ON samples(taken_day, taken_at)"),
        QStringLiteral("CREATE INDEX samples_tail ON samples(id_tail)"),
        // The database itself refuses a sample in a tube that is not open or is full,
        // whatever the caller checked before.
        QStringLiteral(R"(CREATE TRIGGER samples_tube_open BEFORE INSERT ON samples
            WHEN (SELECT state FROM tubes WHERE id = NEW.tube_id) IS NOT 'open'
            BEGIN SELECT RAISE(ABORT, 'station:tube_not_open'); END)"),
        QStringLiteral(R"(CREATE TRIGGER samples_tube_capacity BEFORE INSERT ON samples
            WHEN NEW.state = 'active' AND (SELECT count(*) FROM samples
                  WHERE tube_id = NEW.tube_id AND state = 'active')
                 >= (SELECT pool_size FROM tubes WHERE id = NEW.tube_id)
            BEGIN SELECT RAISE(ABORT, 'station:tube_full'); END)"),
        QStringLiteral(R"(CREATE TRIGGER tubes_box_open BEFORE UPDATE OF box_id ON tubes
            WHEN NEW.box_id IS NOT NULL AND OLD.box_id IS NULL
                 AND (SELECT state FROM boxes WHERE id = NEW.box_id) IS NOT 'open'
            BEGIN SELECT RAISE(ABORT, 'station:box_not_open'); END)"),
        QStringLiteral(R"(CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            payload BLOB NOT NULL,
            content_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'acked', 'conflict', 'rejected')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_attempt_at TEXT,
            acked_at TEXT,
            server_reason TEXT))"),
        QStringLiteral("CREATE INDEX outbox_pending ON outbox(state, seq)"),
        // A record's content is fixed at creation: the server may hold it already.
        QStringLiteral(R"(CREATE TRIGGER outbox_immutable
            BEFORE UPDATE OF uuid, kind, payload, content_hash, created_at ON outbox
            BEGIN SELECT RAISE(ABORT, 'station:outbox_immutable'); END)"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            operator_id INTEGER REFERENCES operators(id),
            action TEXT NOT NULL,
            subject TEXT NOT NULL,
            detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TRIGGER audit_append_only BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'station:audit_append_only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'station:audit_append_only'); END)"),
    };
}

// Version 2: the wrapped data key (encryption at rest), and retention: personal fields of
// acknowledged records may be purged, so the outbox payload of an acknowledged record
// may be emptied (and nothing else about it changed).
QStringList version2() {
    return {
        QStringLiteral(R"(CREATE TABLE keyring (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            salt BLOB NOT NULL,
            opslimit INTEGER NOT NULL,
            memlimit INTEGER NOT NULL,
            nonce BLOB NOT NULL,
            wrapped_key BLOB NOT NULL,
            changed_at TEXT NOT NULL))"),
        QStringLiteral("DROP TRIGGER outbox_immutable"),
        QStringLiteral(R"(CREATE TRIGGER outbox_immutable
            BEFORE UPDATE OF uuid, kind, content_hash, created_at ON outbox
            BEGIN SELECT RAISE(ABORT, 'station:outbox_immutable'); END)"),
        QStringLiteral(R"(CREATE TRIGGER outbox_payload_purge_only
            BEFORE UPDATE OF payload ON outbox
            WHEN OLD.state != 'acked' OR length(NEW.payload) != 0
            BEGIN SELECT RAISE(ABORT, 'station:outbox_immutable'); END)"),
        QStringLiteral("ALTER TABLE samples ADD COLUMN purged_at TEXT"),
        QStringLiteral("ALTER TABLE outbox ADD COLUMN purged_at TEXT"),
    };
}

// Version 3: indexes for the site lead's dashboard and the shift report. Samples are
// aggregated by time range (UTC taken_at), the index covers state and operator so that a
// day's buckets and per-operator counts never touch the table rows; pending outbox rows
// are aged by created_at; tubes are counted by state within a day.
QStringList version3() {
    return {
        QStringLiteral("CREATE INDEX samples_taken_at ON samples(taken_at, state, operator_id)"),
        QStringLiteral("CREATE INDEX outbox_state_created ON outbox(state, created_at)"),
        QStringLiteral("CREATE INDEX tubes_state_opened ON tubes(state, opened_at)"),
        QStringLiteral("CREATE INDEX boxes_state ON boxes(state)"),
    };
}

// Version 4: the sequence of tube codes the station generates ("print a label for each
// new tube"). One row; its number is taken in the transaction that opens the tube, and
// the schema lets it only move forward, so no number is issued twice, whatever is voided,
// undone or rolled back.
QStringList version4() {
    return {
        QStringLiteral(R"(CREATE TABLE tube_code_sequence (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            last_issued INTEGER NOT NULL CHECK (last_issued >= 0)))"),
        QStringLiteral("INSERT INTO tube_code_sequence (id, last_issued) VALUES (1, 0)"),
        QStringLiteral(R"(CREATE TRIGGER tube_code_sequence_forward
            BEFORE UPDATE ON tube_code_sequence
            WHEN NEW.last_issued <= OLD.last_issued OR NEW.id != OLD.id
            BEGIN SELECT RAISE(ABORT, 'station:tube_sequence_backwards'); END)"),
        QStringLiteral(R"(CREATE TRIGGER tube_code_sequence_kept
            BEFORE DELETE ON tube_code_sequence
            BEGIN SELECT RAISE(ABORT, 'station:tube_sequence_backwards'); END)"),
    };
}

// Version 5: the check digit the site's pre-printed tube codes carry (checkdigit::key()),
// a site rule beside the tube pattern so that the window and the command line obey it alike.
QStringList version5() {
    return {
        QStringLiteral(R"(ALTER TABLE station ADD COLUMN tube_check_digit TEXT NOT NULL
            DEFAULT 'none' CHECK (tube_check_digit IN ('none', 'damm', 'luhn', 'mod37-2')))"),
    };
}

// Version 6: the keyed, anchored audit log. Each row gets a MAC under a key derived from
// the data key (chained over the previous row's MAC), so that rewriting the log needs the
// passphrase. Rows written before this version keep only their hash chain: the row from
// which signing starts is recorded once, here. audit_anchor is the head (last row id and
// its MAC) that the province's server last confirmed holding, so that a cut tail or a
// rewritten history is seen locally too.
QStringList version6() {
    return {
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN mac TEXT"),
        QStringLiteral(R"(CREATE TABLE audit_signing (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            first_signed_id INTEGER NOT NULL))"),
        QStringLiteral("INSERT INTO audit_signing (id, first_signed_id) "
                       "SELECT 1, coalesce(max(id), 0) + 1 FROM audit_log"),
        QStringLiteral(R"(CREATE TRIGGER audit_signing_fixed BEFORE UPDATE ON audit_signing
            BEGIN SELECT RAISE(ABORT, 'station:audit_append_only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_signing_kept BEFORE DELETE ON audit_signing
            BEGIN SELECT RAISE(ABORT, 'station:audit_append_only'); END)"),
        QStringLiteral(R"(CREATE TABLE audit_anchor (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            seq INTEGER NOT NULL,
            mac TEXT NOT NULL,
            confirmed_at TEXT NOT NULL))"),
    };
}

// Version 7: crypto-shredding. Personal fields and person keys are sealed under the key of
// their site day (core/security/DayKeyChain.h); this one row holds the seed of the oldest day
// kept, sealed under the data key. Provisioning writes it with the data key; a station set up
// before this version gets it at its first unlock (a migration has no key). It only ever
// moves forward: the retention purge replaces it.
QStringList version7() {
    return {
        QStringLiteral(R"(CREATE TABLE day_key_chain (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            first_day TEXT NOT NULL,
            nonce BLOB NOT NULL,
            sealed_seed BLOB NOT NULL,
            changed_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TRIGGER day_key_chain_forward BEFORE UPDATE ON day_key_chain
            WHEN NEW.first_day < OLD.first_day
            BEGIN SELECT RAISE(ABORT, 'station:day_keys_backwards'); END)"),
        QStringLiteral(R"(CREATE TRIGGER day_key_chain_kept BEFORE DELETE ON day_key_chain
            BEGIN SELECT RAISE(ABORT, 'station:day_keys_backwards'); END)"),
    };
}

// Version 8: staff roles (core/staff/Permissions). Each operator has a role; the operators
// a station already had were all-powerful and become its administrators, so that nobody is
// locked out of a running station (a new operator is a sampler unless given a role).
// must_set_pin marks a one-time PIN given by the site lead (add, reset): its holder must
// choose their own at the next sign-in. phone holds what PersonalDataCodec writes, bound to
// "operator/<staff_id>", like the other personal columns. A disabled operator is active = 0
// (version 1), kept so that the records they made still name them.
QStringList version8() {
    return {
        QStringLiteral(R"(ALTER TABLE operators ADD COLUMN role TEXT NOT NULL DEFAULT 'sampler'
            CHECK (role IN ('sampler', 'lead', 'administrator')))"),
        QStringLiteral("UPDATE operators SET role = 'administrator'"),
        QStringLiteral(R"(ALTER TABLE operators ADD COLUMN must_set_pin INTEGER NOT NULL
            DEFAULT 0 CHECK (must_set_pin IN (0, 1)))"),
        QStringLiteral("ALTER TABLE operators ADD COLUMN phone BLOB"),
    };
}

// Version 9 (sitestaff): the site's staff list (core/staff/SiteStaffList.h). Each local
// staff change queues the member's whole entry (with the PIN's Argon2id verifier) for the
// site's server in site_staff_outbox, in the change's transaction; site_changed_at and
// site_changed_station are the version of the entry an operator row holds (newest wins);
// site_staff_cursor is the last sequence number applied from each server.
QStringList version9() {
    return {
        QStringLiteral(R"(CREATE TABLE site_staff_outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            staff_id TEXT NOT NULL,
            entry TEXT NOT NULL,
            queued_at TEXT NOT NULL))"),
        QStringLiteral("ALTER TABLE operators ADD COLUMN site_changed_at TEXT"),
        QStringLiteral("ALTER TABLE operators ADD COLUMN site_changed_station TEXT"),
        QStringLiteral(R"(CREATE TABLE site_staff_cursor (
            server TEXT PRIMARY KEY,
            after_seq INTEGER NOT NULL))"),
    };
}

// Version 10: site-wide checks (core/sync/SiteFactsStore, SiteFactsFeed). The site's facts
// as the server lists them (GET /v1/site/facts, by the site person key, never an ID
// number), the cursor of the feed, and the site notes of batch answers. A cache of what the
// server knows, not records of this station: no outbox or audit row goes with them.
QStringList version10() {
    return {
        QStringLiteral(R"(CREATE TABLE site_facts (
            seq INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            station TEXT NOT NULL,
            table_label TEXT NOT NULL,
            person_key TEXT,
            tube TEXT,
            sample_uuid TEXT,
            state TEXT,
            at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX site_facts_person ON site_facts(person_key, at)"),
        QStringLiteral("CREATE INDEX site_facts_tube ON site_facts(tube, seq)"),
        QStringLiteral("CREATE INDEX site_facts_sample ON site_facts(sample_uuid)"),
        QStringLiteral(R"(CREATE TABLE site_facts_cursor (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            last_seq INTEGER NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE site_notes (
            uuid TEXT NOT NULL,
            kind TEXT NOT NULL,
            record_kind TEXT,
            tube TEXT,
            other_station TEXT,
            other_table TEXT,
            other_at TEXT,
            reason TEXT NOT NULL,
            noted_at TEXT NOT NULL,
            PRIMARY KEY (uuid, kind)))"),
    };
}

// Version 11: boxes across the tables of a site (issue 18). The site's facts keep what the
// box facts say (the tube's uuid and people, the box it went into and where it was packed,
// a sealed box's tubes as JSON); a box of this station may hold tubes sealed at other tables
// (box_site_tubes: what the facts said of each when it was packed, so the box and its
// manifest read the same after the facts are gone); a box packed at another table may be
// handed over here (site_box_hand_overs). Site notes may name a box.
QStringList version11() {
    return {
        QStringLiteral("ALTER TABLE site_facts ADD COLUMN tube_uuid TEXT"),
        QStringLiteral("ALTER TABLE site_facts ADD COLUMN people INTEGER"),
        QStringLiteral("ALTER TABLE site_facts ADD COLUMN box TEXT"),
        QStringLiteral("ALTER TABLE site_facts ADD COLUMN box_uuid TEXT"),
        QStringLiteral("ALTER TABLE site_facts ADD COLUMN box_station TEXT"),
        QStringLiteral("ALTER TABLE site_facts ADD COLUMN tube_count INTEGER"),
        QStringLiteral("ALTER TABLE site_facts ADD COLUMN person_count INTEGER"),
        QStringLiteral("ALTER TABLE site_facts ADD COLUMN tubes TEXT"),
        QStringLiteral("CREATE INDEX site_facts_box ON site_facts(box_uuid, seq)"),
        QStringLiteral("CREATE INDEX site_facts_kind ON site_facts(kind, state, seq)"),
        QStringLiteral(R"(CREATE TABLE box_site_tubes (
            id INTEGER PRIMARY KEY,
            box_id INTEGER NOT NULL REFERENCES boxes(id),
            tube TEXT NOT NULL UNIQUE,
            tube_uuid TEXT NOT NULL UNIQUE,
            people INTEGER NOT NULL CHECK (people >= 0),
            tube_station TEXT NOT NULL,
            tube_table TEXT NOT NULL,
            first_swab_at TEXT,
            sealed_at TEXT,
            added_at TEXT NOT NULL,
            added_by INTEGER NOT NULL REFERENCES operators(id)))"),
        QStringLiteral("CREATE INDEX box_site_tubes_box ON box_site_tubes(box_id)"),
        QStringLiteral(R"(CREATE TRIGGER box_site_tubes_box_open BEFORE INSERT ON box_site_tubes
            WHEN (SELECT state FROM boxes WHERE id = NEW.box_id) IS NOT 'open'
            BEGIN SELECT RAISE(ABORT, 'station:box_not_open'); END)"),
        QStringLiteral(R"(CREATE TABLE site_box_hand_overs (
            box_uuid TEXT PRIMARY KEY,
            box TEXT NOT NULL,
            box_station TEXT NOT NULL,
            box_table TEXT NOT NULL,
            tube_count INTEGER NOT NULL,
            person_count INTEGER NOT NULL,
            handed_over_at TEXT NOT NULL,
            handed_over_by TEXT NOT NULL,
            carried_by TEXT NOT NULL,
            temperature_c REAL,
            operator_id INTEGER NOT NULL REFERENCES operators(id)))"),
        QStringLiteral("ALTER TABLE site_notes ADD COLUMN box TEXT"),
    };
}

// Version 12 (recall): the site's recalls as the server's `recall` facts tell them
// (core/sync/SiteFactsStore): people of a positive or invalid pooled tube to sample again
// alone (待复核), by site person key. Kept while they matter, not two days like the other
// facts; a cache of the server's list, so no outbox or audit row goes with it.
QStringList version12() {
    return {
        QStringLiteral(R"(CREATE TABLE site_recalls (
            sample_uuid TEXT PRIMARY KEY,
            person_key TEXT NOT NULL,
            tube TEXT NOT NULL,
            station TEXT NOT NULL,
            table_label TEXT NOT NULL,
            outcome TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
            raised_at TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            seq INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX site_recalls_person ON site_recalls(person_key, state)"),
    };
}

// Version 13 (recall, sampled again here): when this station sampled a recalled person alone
// and in which tube, written in the transaction of that sample (SamplingService::
// addResidentAlone), so that the recall list says "sampled again, not yet at the province"
// at once instead of only when the province's closed fact arrives.
QStringList version13() {
    return {
        QStringLiteral("ALTER TABLE site_recalls ADD COLUMN sampled_again_at TEXT"),
        QStringLiteral("ALTER TABLE site_recalls ADD COLUMN sampled_again_tube TEXT"),
    };
}

// Version 14 (issue 18, a hub out of reach): a station joined to a site hub may send its
// records straight to the province while the hub cannot be reached (core/sync/SyncRoute).
// A record the province acknowledged then stays pending for the hub, so that the hub's view
// of the site is complete (the province answers `duplicate` when the hub relays it):
// fallback_acked_at says when the province took it. The time since which the hub could not
// be reached is kept, so that the one-shot CLI and the window agree on when to fall back; a
// note on the connection, not a record of this station: no outbox or audit row goes with it.
QStringList version14() {
    return {
        QStringLiteral("ALTER TABLE outbox ADD COLUMN fallback_acked_at TEXT"),
        QStringLiteral(R"(CREATE TABLE sync_primary_outage (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            unreachable_since TEXT NOT NULL))"),
    };
}

// Version 15 (a recall across the tables of a site): the pool size of the tube a
// person_sampled fact names (the facts' `pool_size`; NULL from a server that does not send
// it), so that a recalled person sampled alone at another table after the recall was raised
// shows as sampled again here too (core/sync/SiteRecalls.cpp). A cache of the server's
// facts: no outbox or audit row goes with it.
QStringList version15() {
    return {
        QStringLiteral("ALTER TABLE site_facts ADD COLUMN pool_size INTEGER"),
    };
}

// Version 16 (sitestaff): who a staff id is at the site (core/staff/SiteStaffList).
// site_origin is the adding an operator row descends from (protocol::SiteStaffEntry::origin),
// made at the first change queued for the site and taken from the site's entries; a note of
// kind staff_id_taken keeps both names of a staff id two people hold.
QStringList version16() {
    return {
        QStringLiteral("ALTER TABLE operators ADD COLUMN site_origin TEXT"),
        QStringLiteral("ALTER TABLE site_notes ADD COLUMN other_name TEXT"),
        QStringLiteral("ALTER TABLE site_notes ADD COLUMN own_name TEXT"),
    };
}

} // namespace

const QVector<QStringList> &schemaMigrations() {
    static const QVector<QStringList> steps = {version1(),  version2(),  version3(),  version4(),
                                               version5(),  version6(),  version7(),  version8(),
                                               version9(),  version10(), version11(), version12(),
                                               version13(), version14(), version15(), version16()};
    return steps;
}

} // namespace station
