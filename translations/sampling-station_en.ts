<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Choose your new PIN (6-12 digits): </source>
        <translation>Choose your new PIN (6-12 digits): </translation>
    </message>
    <message>
        <source>The new PIN again: </source>
        <translation>The new PIN again: </translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <source>Name who does this with --operator STAFF_ID (a site lead or the station administrator): every change says who made it.</source>
        <translation>Name who does this with --operator STAFF_ID (a site lead or the station administrator): every change says who made it.</translation>
    </message>
    <message>
        <source>%1 signed in with a one-time PIN and must choose their own now.</source>
        <translation>%1 signed in with a one-time PIN and must choose their own now.</translation>
    </message>
    <message>
        <source>No new PIN was given. Give it with --new-pin-file, STATION_NEW_OPERATOR_PIN or at the prompt on a terminal.</source>
        <translation>No new PIN was given. Give it with --new-pin-file, STATION_NEW_OPERATOR_PIN or at the prompt on a terminal.</translation>
    </message>
    <message>
        <source>Your new PIN is set.</source>
        <translation>Your new PIN is set.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>one-time PIN</source>
        <translation>one-time PIN</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>One-time PIN for %1: %2</source>
        <translation>One-time PIN for %1: %2</translation>
    </message>
    <message>
        <source>Hand it over in person; %1 chooses their own PIN at the first sign-in.</source>
        <translation>Hand it over in person; %1 chooses their own PIN at the first sign-in.</translation>
    </message>
    <message>
        <source>--role must be sampler, lead or administrator (采样员, 采样点负责人 or 设备管理员).</source>
        <translation>--role must be sampler, lead or administrator (采样员, 采样点负责人 or 设备管理员).</translation>
    </message>
    <message>
        <source>add: staff ID of the new operator.</source>
        <translation>add: staff ID of the new operator.</translation>
    </message>
    <message>
        <source>add: name of the new operator.</source>
        <translation>add: name of the new operator.</translation>
    </message>
    <message>
        <source>add, set-role: sampler, lead or administrator (default for add: sampler).</source>
        <translation>add, set-role: sampler, lead or administrator (default for add: sampler).</translation>
    </message>
    <message>
        <source>add: phone number (optional; stored encrypted).</source>
        <translation>add: phone number (optional; stored encrypted).</translation>
    </message>
    <message>
        <source>File whose first line is the acting operator&apos;s new PIN, when they must choose one or with set-pin (or set STATION_NEW_OPERATOR_PIN; otherwise it is asked on the terminal).</source>
        <translation>File whose first line is the acting operator&apos;s new PIN, when they must choose one or with set-pin (or set STATION_NEW_OPERATOR_PIN; otherwise it is asked on the terminal).</translation>
    </message>
    <message>
        <source>reset-pin: authorised by the site passphrase alone, with no lead or administrator PIN (a forgotten PIN at night).</source>
        <translation>reset-pin: authorised by the site passphrase alone, with no lead or administrator PIN (a forgotten PIN at night).</translation>
    </message>
    <message>
        <source>Staff id of the site lead or administrator who acts (set-pin: whose PIN).</source>
        <translation>Staff id of the site lead or administrator who acts (set-pin: whose PIN).</translation>
    </message>
    <message>
        <source>operator add|list|disable ID|enable ID|reset-pin ID|unlock ID|set-role ID|set-pin|import FILE|export FILE: the station&apos;s staff and their roles.</source>
        <translation>operator add|list|disable ID|enable ID|reset-pin ID|unlock ID|set-role ID|set-pin|import FILE|export FILE: the station&apos;s staff and their roles.</translation>
    </message>
    <message>
        <source>Say what to do: operator add, list, disable, enable, reset-pin, unlock, set-role, set-pin, import or export.</source>
        <translation>Say what to do: operator add, list, disable, enable, reset-pin, unlock, set-role, set-pin, import or export.</translation>
    </message>
    <message>
        <source>Name the file: operator %1 FILE.</source>
        <translation>Name the file: operator %1 FILE.</translation>
    </message>
    <message>
        <source>Name the operator: operator %1 STAFF_ID.</source>
        <translation>Name the operator: operator %1 STAFF_ID.</translation>
    </message>
    <message>
        <source>--site-administrator is for reset-pin only.</source>
        <translation>--site-administrator is for reset-pin only.</translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation>Added %1 (%2) as %3.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Nothing was imported from %1.</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated.</source>
        <translation>Imported %1: %2 added, %3 updated.</translation>
    </message>
    <message>
        <source>one-time PIN %1</source>
        <translation>one-time PIN %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Wrote the staff list to %1.</source>
        <translation>Wrote the staff list to %1.</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 is disabled and can no longer sign in.</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 is enabled again.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 is unlocked.</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 is now a %2.</translation>
    </message>
</context>
<context>
    <name>AnchorAcknowledgement</name>
    <message>
        <source>Say why the mismatch is acknowledged: the reason is recorded in the audit log.</source>
        <translation>Say why the mismatch is acknowledged: the reason is recorded in the audit log.</translation>
    </message>
    <message>
        <source>An operator must acknowledge the mismatch.</source>
        <translation>An operator must acknowledge the mismatch.</translation>
    </message>
    <message>
        <source>acknowledging the audit anchor mismatch</source>
        <translation>acknowledging the audit anchor mismatch</translation>
    </message>
    <message>
        <source>The audit log still holds the head the province&apos;s server confirmed: there is no mismatch to acknowledge.</source>
        <translation>The audit log still holds the head the province&apos;s server confirmed: there is no mismatch to acknowledge.</translation>
    </message>
</context>
<context>
    <name>AuditReplay</name>
    <message>
        <source>Sample %1 is in tube %2 at position %3, but the audit log put it in tube %4 at position %5.</source>
        <translation>Sample %1 is in tube %2 at position %3, but the audit log put it in tube %4 at position %5.</translation>
    </message>
    <message>
        <source>Sample %1 in tube %2 is %3, but the audit log leaves it %4.</source>
        <translation>Sample %1 in tube %2 is %3, but the audit log leaves it %4.</translation>
    </message>
    <message>
        <source>%1 samples have no audit row: they were added or changed outside the application.</source>
        <translation>%1 samples have no audit row: they were added or changed outside the application.</translation>
    </message>
    <message>
        <source>Sample %1 (tube %2, position %3, %4) is in the audit log but missing from the database: it was deleted.</source>
        <translation>Sample %1 (tube %2, position %3, %4) is in the audit log but missing from the database: it was deleted.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>recorded</translation>
    </message>
    <message>
        <source>Tube %1 was never opened according to the audit log.</source>
        <translation>Tube %1 was never opened according to the audit log.</translation>
    </message>
    <message>
        <source>Tube %1 is in box &quot;%2&quot;, but the audit log put it in box &quot;%3&quot;.</source>
        <translation>Tube %1 is in box &quot;%2&quot;, but the audit log put it in box &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Tube %1 is in the audit log but missing from the database: it was deleted.</source>
        <translation>Tube %1 is in the audit log but missing from the database: it was deleted.</translation>
    </message>
    <message>
        <source>Box %1 was never opened according to the audit log.</source>
        <translation>Box %1 was never opened according to the audit log.</translation>
    </message>
    <message>
        <source>Box %1 is in the audit log but missing from the database: it was deleted.</source>
        <translation>Box %1 is in the audit log but missing from the database: it was deleted.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>The backup file to write (it must not exist).</source>
        <translation>The backup file to write (it must not exist).</translation>
    </message>
    <message>
        <source>Staff id of the operator who makes the backup.</source>
        <translation>Staff id of the operator who makes the backup.</translation>
    </message>
    <message>
        <source>Write a backup of the station to one file. It holds personal data only of days the province has not acknowledged yet, and of today.</source>
        <translation>Write a backup of the station to one file. It holds personal data only of days the province has not acknowledged yet, and of today.</translation>
    </message>
    <message>
        <source>Give the backup file with --to FILE.</source>
        <translation>Give the backup file with --to FILE.</translation>
    </message>
    <message>
        <source>Backup written to %1. It opens with the site passphrase and holds the personal data of %2 and later days.</source>
        <translation>Backup written to %1. It opens with the site passphrase and holds the personal data of %2 and later days.</translation>
    </message>
</context>
<context>
    <name>CheckDigit</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>DataFolderLock</name>
    <message>
        <source>The data folder %1 cannot be locked for this window (is it read-only?). Nothing was changed.</source>
        <translation>The data folder %1 cannot be locked for this window (is it read-only?). Nothing was changed.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>Sampling Station is already open on the data folder %1: process %2 on %3, since %4.

Use that window, or close it before opening the station again. Two windows on one station would each show a different state of the same tube.</source>
        <translation>Sampling Station is already open on the data folder %1: process %2 on %3, since %4.

Use that window, or close it before opening the station again. Two windows on one station would each show a different state of the same tube.</translation>
    </message>
</context>
<context>
    <name>FallbackEnrollment</name>
    <message>
        <source>The province&apos;s address is not valid.</source>
        <translation>The province&apos;s address is not valid.</translation>
    </message>
    <message>
        <source>This station syncs with no server yet: join the site hub first, then set the province as its fallback.</source>
        <translation>This station syncs with no server yet: join the site hub first, then set the province as its fallback.</translation>
    </message>
    <message>
        <source>%1 is the server this station syncs with already, not a fallback: give the province&apos;s address or join code, not the hub&apos;s.</source>
        <translation>%1 is the server this station syncs with already, not a fallback: give the province&apos;s address or join code, not the hub&apos;s.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed: a fallback set before stays in force.</source>
        <translation>%1 Nothing was changed: a fallback set before stays in force.</translation>
    </message>
    <message>
        <source>%1 The former fallback could not be put back completely: check the sync settings in %2.</source>
        <translation>%1 The former fallback could not be put back completely: check the sync settings in %2.</translation>
    </message>
    <message>
        <source>The former province&apos;s token %1 could not be removed.</source>
        <translation>The former province&apos;s token %1 could not be removed.</translation>
    </message>
    <message>
        <source>The file %1 could not be removed.</source>
        <translation>The file %1 could not be removed.</translation>
    </message>
</context>
<context>
    <name>IdDocument</name>
    <message>
        <source>The ID number contains “%1” at position %2; %3</source>
        <translation>The ID number contains “%1” at position %2; %3</translation>
    </message>
    <message numerus="yes">
        <source>The ID number has %n character(s); %1</source>
        <translation>
            <numerusform>The ID number has %n character; %1</numerusform>
            <numerusform>The ID number has %n characters; %1</numerusform>
        </translation>
    </message>
    <message>
        <source>only digits are allowed, and X as the last character.</source>
        <translation>only digits are allowed, and X as the last character.</translation>
    </message>
    <message>
        <source>The birth date in the ID number (“%1”) is not a real date.</source>
        <translation>The birth date in the ID number (“%1”) is not a real date.</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is in the future.</source>
        <translation>The birth date in the ID number (%1) is in the future.</translation>
    </message>
    <message>
        <source>a 15-character number has only digits.</source>
        <translation>a 15-character number has only digits.</translation>
    </message>
    <message>
        <source>a resident identity card number has 18 characters (or 15 digits on an old card).</source>
        <translation>a resident identity card number has 18 characters (or 15 digits on an old card).</translation>
    </message>
    <message>
        <source>a Mainland travel permit for Hong Kong and Macao residents has 11 characters (H or M and 10 digits).</source>
        <translation>a Mainland travel permit for Hong Kong and Macao residents has 11 characters (H or M and 10 digits).</translation>
    </message>
    <message>
        <source>only letters and digits are allowed.</source>
        <translation>only letters and digits are allowed.</translation>
    </message>
    <message>
        <source>A Mainland travel permit for Hong Kong and Macao residents starts with H or M, not “%1”.</source>
        <translation>A Mainland travel permit for Hong Kong and Macao residents starts with H or M, not “%1”.</translation>
    </message>
    <message>
        <source>A Mainland travel permit for Hong Kong and Macao residents has 10 digits after the H or M.</source>
        <translation>A Mainland travel permit for Hong Kong and Macao residents has 10 digits after the H or M.</translation>
    </message>
    <message>
        <source>An 18-character foreign permanent resident ID card number starts with 9, not “%1”.</source>
        <translation>An 18-character foreign permanent resident ID card number starts with 9, not “%1”.</translation>
    </message>
    <message>
        <source>A 15-character foreign permanent resident ID card number starts with 3 letters.</source>
        <translation>A 15-character foreign permanent resident ID card number starts with 3 letters.</translation>
    </message>
    <message>
        <source>A 15-character foreign permanent resident ID card number has 12 digits after its 3 letters.</source>
        <translation>A 15-character foreign permanent resident ID card number has 12 digits after its 3 letters.</translation>
    </message>
    <message>
        <source>a foreign permanent resident ID card number has 18 characters (2023 version) or 15 (2017 version).</source>
        <translation>a foreign permanent resident ID card number has 18 characters (2023 version) or 15 (2017 version).</translation>
    </message>
    <message>
        <source>a residence permit for Hong Kong, Macao and Taiwan residents has 18 characters.</source>
        <translation>a residence permit for Hong Kong, Macao and Taiwan residents has 18 characters.</translation>
    </message>
    <message>
        <source>A residence permit for Hong Kong, Macao and Taiwan residents starts with 81, 82 or 83, not %1.</source>
        <translation>A residence permit for Hong Kong, Macao and Taiwan residents starts with 81, 82 or 83, not %1.</translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation>Resident identity card</translation>
    </message>
    <message>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>Mainland travel permit for Hong Kong and Macao residents</translation>
    </message>
    <message>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>Mainland travel permit for Taiwan residents</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card</source>
        <translation>Foreign permanent resident ID card</translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong, Macao and Taiwan residents</source>
        <translation>Residence permit for Hong Kong, Macao and Taiwan residents</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <source>The ID number is empty.</source>
        <translation>The ID number is empty.</translation>
    </message>
    <message>
        <source>a Mainland travel permit for Taiwan residents has 8 to 10 letters and digits.</source>
        <translation>a Mainland travel permit for Taiwan residents has 8 to 10 letters and digits.</translation>
    </message>
    <message>
        <source>a passport number has 5 to 17 letters and digits.</source>
        <translation>a passport number has 5 to 17 letters and digits.</translation>
    </message>
    <message>
        <source>a document number has 1 to 32 letters and digits.</source>
        <translation>a document number has 1 to 32 letters and digits.</translation>
    </message>
    <message>
        <source>Unknown ID document type.</source>
        <translation>Unknown ID document type.</translation>
    </message>
    <message>
        <source>The ID number does not add up: its check digit does not fit the other digits. A digit was probably mistyped or misread: compare every digit with the document.</source>
        <translation>The ID number does not add up: its check digit does not fit the other digits. A digit was probably mistyped or misread: compare every digit with the document.</translation>
    </message>
</context>
<context>
    <name>IdRevealsCommand</name>
    <message>
        <source>List the reveals of the last DAYS days (default 7).</source>
        <translation>List the reveals of the last DAYS days (default 7).</translation>
    </message>
    <message>
        <source>Staff id of the site lead who reads the list.</source>
        <translation>Staff id of the site lead who reads the list.</translation>
    </message>
    <message>
        <source>List who saw which full ID numbers at this station, when and why (never the numbers).</source>
        <translation>List who saw which full ID numbers at this station, when and why (never the numbers).</translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to 3650.</source>
        <translation>--days must be a whole number from 1 to 3650.</translation>
    </message>
    <message numerus="yes">
        <source>%n reveal(s) in the last %1 days: full ID numbers, and recalled people&apos;s contact details (contact_recalled).</source>
        <translation>
            <numerusform>%n reveal in the last %1 days: full ID numbers, and recalled people&apos;s contact details (contact_recalled).</numerusform>
            <numerusform>%n reveals in the last %1 days: full ID numbers, and recalled people&apos;s contact details (contact_recalled).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>SQLite integrity check could not run: %1</source>
        <translation>SQLite integrity check could not run: %1</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>SQLite integrity: %1</translation>
    </message>
    <message>
        <source>A row in table %1 refers to a missing row.</source>
        <translation>A row in table %1 refers to a missing row.</translation>
    </message>
    <message>
        <source>Tube %1 holds %2 people, more than its pool size %3.</source>
        <translation>Tube %1 holds %2 people, more than its pool size %3.</translation>
    </message>
    <message>
        <source>%1 samples have no outbox record.</source>
        <translation>%1 samples have no outbox record.</translation>
    </message>
    <message>
        <source>Box %1 was sealed with %2 tubes and %3 people but holds %4 tubes and %5 people.</source>
        <translation>Box %1 was sealed with %2 tubes and %3 people but holds %4 tubes and %5 people.</translation>
    </message>
    <message>
        <source>The audit log is broken at row %1: it was changed, inserted or a row before it was removed.</source>
        <translation>The audit log is broken at row %1: it was changed, inserted or a row before it was removed.</translation>
    </message>
    <message>
        <source>There are %1 outbox records of kind %2 but only %3 audit rows: audit rows were removed.</source>
        <translation>There are %1 outbox records of kind %2 but only %3 audit rows: audit rows were removed.</translation>
    </message>
    <message>
        <source>There are %1 audit rows of kind %2 but only %3 outbox records: outbox records were removed.</source>
        <translation>There are %1 audit rows of kind %2 but only %3 outbox records: outbox records were removed.</translation>
    </message>
    <message>
        <source>The station&apos;s data key is missing, but its personal data is encrypted and its audit log was signed: the key row was removed. Restore it from a backup; personal data cannot be read or written without it.</source>
        <translation>The station&apos;s data key is missing, but its personal data is encrypted and its audit log was signed: the key row was removed. Restore it from a backup; personal data cannot be read or written without it.</translation>
    </message>
    <message>
        <source>Audit rows %1 to %2 were removed.</source>
        <translation>Audit rows %1 to %2 were removed.</translation>
    </message>
    <message>
        <source>Audit row %1 (%2) is not signed with the station&apos;s key: it was rewritten without the passphrase.</source>
        <translation>Audit row %1 (%2) is not signed with the station&apos;s key: it was rewritten without the passphrase.</translation>
    </message>
    <message>
        <source>The signature of audit row %1 does not match: the row or one before it was changed.</source>
        <translation>The signature of audit row %1 does not match: the row or one before it was changed.</translation>
    </message>
    <message>
        <source>The last audit rows were removed: rows up to %1 were written, the log ends at row %2.</source>
        <translation>The last audit rows were removed: rows up to %1 were written, the log ends at row %2.</translation>
    </message>
    <message>
        <source>The province&apos;s server holds this station&apos;s audit log up to row %1, which is no longer here: the log was cut after it was synchronised.</source>
        <translation>The province&apos;s server holds this station&apos;s audit log up to row %1, which is no longer here: the log was cut after it was synchronised.</translation>
    </message>
    <message>
        <source>Audit row %1 differs from the one the province&apos;s server holds: the log was rewritten after it was synchronised.</source>
        <translation>Audit row %1 differs from the one the province&apos;s server holds: the log was rewritten after it was synchronised.</translation>
    </message>
    <message>
        <source>Column %1 of sample %2 does not open with its row and column: it was moved or changed.</source>
        <translation>Column %1 of sample %2 does not open with its row and column: it was moved or changed.</translation>
    </message>
    <message>
        <source>The person key of sample %1 is not the one of its ID number: it was changed.</source>
        <translation>The person key of sample %1 is not the one of its ID number: it was changed.</translation>
    </message>
    <message>
        <source>The payload of outbox record %1 does not open with its row: it was moved or changed.</source>
        <translation>The payload of outbox record %1 does not open with its row: it was moved or changed.</translation>
    </message>
    <message>
        <source>The database has schema version %1; this version of Sampling Station checks version %2. Nothing was changed.</source>
        <translation>The database has schema version %1; this version of Sampling Station checks version %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>Audit anchor mismatch at row %1 acknowledged by %2 (%3) at %4: %5</source>
        <translation>Audit anchor mismatch at row %1 acknowledged by %2 (%3) at %4: %5</translation>
    </message>
</context>
<context>
    <name>JoinCode</name>
    <message>
        <source>This is not a join code. A join code starts with SSJOIN; the site hub shows it as a QR code.</source>
        <translation>This is not a join code. A join code starts with SSJOIN; the site hub shows it as a QR code.</translation>
    </message>
    <message>
        <source>This join code was made by a newer server than this station understands. Update the station.</source>
        <translation>This join code was made by a newer server than this station understands. Update the station.</translation>
    </message>
    <message>
        <source>The join code is incomplete or damaged. Scan it again, or ask for a new one at the site hub.</source>
        <translation>The join code is incomplete or damaged. Scan it again, or ask for a new one at the site hub.</translation>
    </message>
    <message>
        <source>The join code names an address without https://. A station joins only over a secure connection.</source>
        <translation>The join code names an address without https://. A station joins only over a secure connection.</translation>
    </message>
    <message>
        <source>The join code&apos;s server address is not valid.</source>
        <translation>The join code&apos;s server address is not valid.</translation>
    </message>
    <message>
        <source>The join code&apos;s certificate fingerprint is damaged (it must be 64 hexadecimal digits).</source>
        <translation>The join code&apos;s certificate fingerprint is damaged (it must be 64 hexadecimal digits).</translation>
    </message>
    <message>
        <source>The join code&apos;s site code is not valid.</source>
        <translation>The join code&apos;s site code is not valid.</translation>
    </message>
    <message>
        <source>The join code&apos;s enrollment code is not valid.</source>
        <translation>The join code&apos;s enrollment code is not valid.</translation>
    </message>
</context>
<context>
    <name>PersonalDataAccess</name>
    <message>
        <source>The station&apos;s day keys are damaged: personal data cannot be opened. Restore the station folder from a backup, or move it aside, set the station up again and sync.</source>
        <translation>The station&apos;s day keys are damaged: personal data cannot be opened. Restore the station folder from a backup, or move it aside, set the station up again and sync.</translation>
    </message>
    <message>
        <source>storing the day keys</source>
        <translation>storing the day keys</translation>
    </message>
    <message>
        <source>Another program set up the day keys at the same moment. Start again.</source>
        <translation>Another program set up the day keys at the same moment. Start again.</translation>
    </message>
</context>
<context>
    <name>Pooling</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <source>In a box</source>
        <translation>In a box</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Packing</translation>
    </message>
</context>
<context>
    <name>PurgeCommand</name>
    <message>
        <source>Destroy acknowledged personal data of days more than DAYS days old (0 = every day before today). Default: the station&apos;s retention setting.</source>
        <translation>Destroy acknowledged personal data of days more than DAYS days old (0 = every day before today). Default: the station&apos;s retention setting.</translation>
    </message>
    <message>
        <source>Staff id of the operator who runs the purge.</source>
        <translation>Staff id of the operator who runs the purge.</translation>
    </message>
    <message>
        <source>Destroy personal data the province has acknowledged, day by day, once it is older than the retention period.</source>
        <translation>Destroy personal data the province has acknowledged, day by day, once it is older than the retention period.</translation>
    </message>
    <message>
        <source>--older-than must be a whole number of days from 0 to 3650.</source>
        <translation>--older-than must be a whole number of days from 0 to 3650.</translation>
    </message>
    <message>
        <source>The station&apos;s retention setting is off. Give --older-than DAYS.</source>
        <translation>The station&apos;s retention setting is off. Give --older-than DAYS.</translation>
    </message>
    <message>
        <source>The keys of every day before %1 are destroyed: nothing of those days opens any more, with or without the passphrase.</source>
        <translation>The keys of every day before %1 are destroyed: nothing of those days opens any more, with or without the passphrase.</translation>
    </message>
    <message>
        <source>Kept from %1 on: the province has not acknowledged every record of that day yet. Sync, then purge again.</source>
        <translation>Kept from %1 on: the province has not acknowledged every record of that day yet. Sync, then purge again.</translation>
    </message>
    <message>
        <source>Another program (the station window?) is reading the database: the old pages stay in its write-ahead log until it closes or the next purge. Run purge again later.</source>
        <translation>Another program (the station window?) is reading the database: the old pages stay in its write-ahead log until it closes or the next purge. Run purge again later.</translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %n sample(s) and of %1 sent record(s).</source>
        <translation>
            <numerusform>Erased the personal data of %n sample and of %1 sent record(s).</numerusform>
            <numerusform>Erased the personal data of %n samples and of %1 sent record(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResidentCode</name>
    <message>
        <source>record type</source>
        <translation>record type</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>registration id</source>
        <translation>registration id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>ID document type</source>
        <translation>ID document type</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>population group code</source>
        <translation>population group code</translation>
    </message>
    <message>
        <source>last valid day</source>
        <translation>last valid day</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>The code has no %1 (“%2”), which is required.</source>
        <translation>The code has no %1 (“%2”), which is required.</translation>
    </message>
    <message>
        <source>The %1 (“%2”) must be text, not %3.</source>
        <translation>The %1 (“%2”) must be text, not %3.</translation>
    </message>
    <message>
        <source>This code is not signed; this station accepts only codes signed by the registration service.</source>
        <translation>This code is not signed; this station accepts only codes signed by the registration service.</translation>
    </message>
    <message>
        <source>The signature (“s”) is not base64url text without padding.</source>
        <translation>The signature (“s”) is not base64url text without padding.</translation>
    </message>
    <message>
        <source>The signature is %1 bytes long; an Ed25519 signature has %2.</source>
        <translation>The signature is %1 bytes long; an Ed25519 signature has %2.</translation>
    </message>
    <message>
        <source>The signature does not match: the code was altered or was not issued by the registration service.</source>
        <translation>The signature does not match: the code was altered or was not issued by the registration service.</translation>
    </message>
    <message>
        <source>The scanned code is not UTF-8 text, so it is not a resident code.</source>
        <translation>The scanned code is not UTF-8 text, so it is not a resident code.</translation>
    </message>
    <message>
        <source>The scanned code is empty.</source>
        <translation>The scanned code is empty.</translation>
    </message>
    <message>
        <source>The scanned code is a single JSON value, not an object {…}; it is not a resident code.</source>
        <translation>The scanned code is a single JSON value, not an object {…}; it is not a resident code.</translation>
    </message>
    <message>
        <source>The scanned code is not valid JSON (%1 at character %2); it may be damaged or not a resident code.</source>
        <translation>The scanned code is not valid JSON (%1 at character %2); it may be damaged or not a resident code.</translation>
    </message>
    <message>
        <source>The scanned code is a JSON list, not an object {…}; it is not a resident code.</source>
        <translation>The scanned code is a JSON list, not an object {…}; it is not a resident code.</translation>
    </message>
    <message>
        <source>The key “%1” appears more than once in the code; such a code is refused.</source>
        <translation>The key “%1” appears more than once in the code; such a code is refused.</translation>
    </message>
    <message>
        <source>The code has no record type (“t”); it is not a resident code.</source>
        <translation>The code has no record type (“t”); it is not a resident code.</translation>
    </message>
    <message>
        <source>The code&apos;s record type is %1, not “rc”; it is not a resident code.</source>
        <translation>The code&apos;s record type is %1, not “rc”; it is not a resident code.</translation>
    </message>
    <message>
        <source>The version (“v”) must be a number, not %1.</source>
        <translation>The version (“v”) must be a number, not %1.</translation>
    </message>
    <message>
        <source>This code is version %1; this station reads version %2.</source>
        <translation>This code is version %1; this station reads version %2.</translation>
    </message>
    <message>
        <source>“%1” is not a known ID document type; expected 01, 02, 03, 04, 05, 06 or 99.</source>
        <translation>“%1” is not a known ID document type; expected 01, 02, 03, 04, 05, 06 or 99.</translation>
    </message>
    <message>
        <source>The last valid day (“e”) “%1” is not a real date in the form YYYY-MM-DD.</source>
        <translation>The last valid day (“e”) “%1” is not a real date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>This code was valid until %1; it has expired. The resident must register again.</source>
        <translation>This code was valid until %1; it has expired. The resident must register again.</translation>
    </message>
    <message>
        <source>The registration id contains “%1”; only letters A–Z and a–z, digits and “-” are allowed.</source>
        <translation>The registration id contains “%1”; only letters A–Z and a–z, digits and “-” are allowed.</translation>
    </message>
    <message>
        <source>The registration id has %1 characters; it must have 8 to 32.</source>
        <translation>The registration id has %1 characters; it must have 8 to 32.</translation>
    </message>
    <message>
        <source>The name contains an invalid (unpaired) character.</source>
        <translation>The name contains an invalid (unpaired) character.</translation>
    </message>
    <message>
        <source>The name contains a control character (%1).</source>
        <translation>The name contains a control character (%1).</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>The name has %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>a mainland number has 11 digits starting with 1; an international number is + followed by 6 to 15 digits.</source>
        <translation>a mainland number has 11 digits starting with 1; an international number is + followed by 6 to 15 digits.</translation>
    </message>
    <message>
        <source>The phone number contains “%1”; %2</source>
        <translation>The phone number contains “%1”; %2</translation>
    </message>
    <message>
        <source>The phone number is not valid: %1</source>
        <translation>The phone number is not valid: %1</translation>
    </message>
    <message>
        <source>The address has %1 characters; at most %2 are allowed.</source>
        <translation>The address has %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>The population group code contains “%1”; only A–Z, 0–9 and “_” are allowed.</source>
        <translation>The population group code contains “%1”; only A–Z, 0–9 and “_” are allowed.</translation>
    </message>
    <message>
        <source>The population group code has %1 characters; at most 16 are allowed.</source>
        <translation>The population group code has %1 characters; at most 16 are allowed.</translation>
    </message>
</context>
<context>
    <name>RetentionPurge</name>
    <message>
        <source>erasing old personal data</source>
        <translation>erasing old personal data</translation>
    </message>
    <message>
        <source>The retention period cannot be negative.</source>
        <translation>The retention period cannot be negative.</translation>
    </message>
    <message>
        <source>The day keys could not be advanced; nothing was erased.</source>
        <translation>The day keys could not be advanced; nothing was erased.</translation>
    </message>
</context>
<context>
    <name>ScanClassifier</name>
    <message>
        <source>The %1 pattern “%2” is not a valid regular expression: %3 (at character %4).</source>
        <translation>The %1 pattern “%2” is not a valid regular expression: %3 (at character %4).</translation>
    </message>
    <message>
        <source>tube</source>
        <translation>tube</translation>
    </message>
    <message>
        <source>box</source>
        <translation>box</translation>
    </message>
    <message>
        <source>The scan was empty: nothing but spaces or control characters was read.</source>
        <translation>The scan was empty: nothing but spaces or control characters was read.</translation>
    </message>
    <message>
        <source>a single character</source>
        <translation>a single character</translation>
    </message>
    <message>
        <source>a number with %1 characters that looks like an ID number</source>
        <translation>a number with %1 characters that looks like an ID number</translation>
    </message>
    <message>
        <source>a web address</source>
        <translation>a web address</translation>
    </message>
    <message>
        <source>a number with %1 digits</source>
        <translation>a number with %1 digits</translation>
    </message>
    <message>
        <source>text with %1 characters, some of them control characters</source>
        <translation>text with %1 characters, some of them control characters</translation>
    </message>
    <message>
        <source>text with %1 characters</source>
        <translation>text with %1 characters</translation>
    </message>
    <message>
        <source>Read %1, but the site&apos;s code patterns are broken: %2</source>
        <translation>Read %1, but the site&apos;s code patterns are broken: %2</translation>
    </message>
    <message>
        <source>Read %1: this is not a resident code, a tube code or a box code. Nothing was recorded.</source>
        <translation>Read %1: this is not a resident code, a tube code or a box code. Nothing was recorded.</translation>
    </message>
    <message>
        <source>This is a join code for a site hub, not a code for the table. To join the hub, open Settings (F10), Join a site hub, and scan it there.</source>
        <translation>This is a join code for a site hub, not a code for the table. To join the hub, open Settings (F10), Join a site hub, and scan it there.</translation>
    </message>
    <message>
        <source>a resident&apos;s code</source>
        <translation>a resident&apos;s code</translation>
    </message>
</context>
<context>
    <name>ShiftReport</name>
    <message>
        <source>building the shift report</source>
        <translation>building the shift report</translation>
    </message>
    <message>
        <source>This station is not provisioned: there is nothing to report.</source>
        <translation>This station is not provisioned: there is nothing to report.</translation>
    </message>
</context>
<context>
    <name>ShiftReportPdf</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Cannot write the report to %1: %2</translation>
    </message>
    <message>
        <source>Sampling shift report %1 %2</source>
        <translation>Sampling shift report %1 %2</translation>
    </message>
    <message>
        <source>%1 · table %2 · %3 · generated %4 · ID numbers are masked; no resident names.</source>
        <translation>%1 · table %2 · %3 · generated %4 · ID numbers are masked; no resident names.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Cannot draw the report PDF at %1.</source>
        <translation>Cannot draw the report PDF at %1.</translation>
    </message>
    <message>
        <source>Sampling Shift Report</source>
        <translation>Sampling Shift Report</translation>
    </message>
    <message>
        <source>%1 (%2) · district %3 · table %4 · device %5
Date %6 (%7)</source>
        <translation>%1 (%2) · district %3 · table %4 · device %5
Date %6 (%7)</translation>
    </message>
    <message>
        <source>1. Totals</source>
        <translation>1. Totals</translation>
    </message>
    <message>
        <source>Swabs taken</source>
        <translation>Swabs taken</translation>
    </message>
    <message>
        <source>Valid samples</source>
        <translation>Valid samples</translation>
    </message>
    <message>
        <source>People sampled</source>
        <translation>People sampled</translation>
    </message>
    <message>
        <source>Voided (sample again)</source>
        <translation>Voided (sample again)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Tubes opened</source>
        <translation>Tubes opened</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Boxes</translation>
    </message>
    <message>
        <source>First / last swab</source>
        <translation>First / last swab</translation>
    </message>
    <message>
        <source>2. Swabs per hour</source>
        <translation>2. Swabs per hour</translation>
    </message>
    <message>
        <source>3. Per table and per operator</source>
        <translation>3. Per table and per operator</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Swabs</source>
        <translation>Swabs</translation>
    </message>
    <message>
        <source>Seconds per sample (last hour of work)</source>
        <translation>Seconds per sample (last hour of work)</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>4. Tube and box reconciliation</source>
        <translation>4. Tube and box reconciliation</translation>
    </message>
    <message>
        <source>Tubes opened today, now</source>
        <translation>Tubes opened today, now</translation>
    </message>
    <message>
        <source>Tubes</source>
        <translation>Tubes</translation>
    </message>
    <message>
        <source>People (today&apos;s swabs)</source>
        <translation>People (today&apos;s swabs)</translation>
    </message>
    <message>
        <source>Open at the table</source>
        <translation>Open at the table</translation>
    </message>
    <message>
        <source>Sealed, not yet boxed</source>
        <translation>Sealed, not yet boxed</translation>
    </message>
    <message>
        <source>In a box</source>
        <translation>In a box</translation>
    </message>
    <message>
        <source>Handed over to the courier</source>
        <translation>Handed over to the courier</translation>
    </message>
    <message>
        <source>Voided (people to sample again)</source>
        <translation>Voided (people to sample again)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Valid swabs %1 = people in open, sealed, boxed and handed-over tubes: the counts reconcile.</source>
        <translation>Valid swabs %1 = people in open, sealed, boxed and handed-over tubes: the counts reconcile.</translation>
    </message>
    <message>
        <source>Valid swabs %1 do NOT match the people in tubes: check the station database (sampling-station-cli check).</source>
        <translation>Valid swabs %1 do NOT match the people in tubes: check the station database (sampling-station-cli check).</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Sealed with</source>
        <translation>Sealed with</translation>
    </message>
    <message>
        <source>First swab</source>
        <translation>First swab</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>Temp.</translation>
    </message>
    <message>
        <source>5. Voided tubes and removed samples</source>
        <translation>5. Voided tubes and removed samples</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Tube</source>
        <translation>Tube</translation>
    </message>
    <message>
        <source>To sample again</source>
        <translation>To sample again</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>ID (masked)</source>
        <translation>ID (masked)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Tubes sealed before they were full:</source>
        <translation>Tubes sealed before they were full:</translation>
    </message>
    <message>
        <source>People / pool</source>
        <translation>People / pool</translation>
    </message>
    <message>
        <source>6. Transmission to the province</source>
        <translation>6. Transmission to the province</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>All of the day&apos;s records were acknowledged by the province (last acknowledgement %1).</source>
        <translation>All of the day&apos;s records were acknowledged by the province (last acknowledgement %1).</translation>
    </message>
    <message>
        <source>%1 of the day&apos;s records had not reached the province when this report was generated (oldest from %2).</source>
        <translation>%1 of the day&apos;s records had not reached the province when this report was generated (oldest from %2).</translation>
    </message>
    <message>
        <source>Site lead (name)</source>
        <translation>Site lead (name)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>at the site hub</source>
        <translation>at the site hub</translation>
    </message>
    <message>
        <source>at table %1</source>
        <translation>at table %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>Box %1 was handed over %2 at %3.</source>
        <translation>Box %1 was handed over %2 at %3.</translation>
    </message>
    <message>
        <source>Tube %1 went into box %2 %3; the box was handed over %4 at %5.</source>
        <translation>Tube %1 went into box %2 %3; the box was handed over %4 at %5.</translation>
    </message>
    <message>
        <source>Tube %1 went into box %2 %3; the box waits for the courier there.</source>
        <translation>Tube %1 went into box %2 %3; the box waits for the courier there.</translation>
    </message>
</context>
<context>
    <name>ShiftSimulator</name>
    <message>
        <source>Simulate at least one resident.</source>
        <translation>Simulate at least one resident.</translation>
    </message>
    <message>
        <source>A tube is open at this station; finish it before simulating.</source>
        <translation>A tube is open at this station; finish it before simulating.</translation>
    </message>
    <message>
        <source>A box is open at this station; seal it before simulating.</source>
        <translation>A box is open at this station; seal it before simulating.</translation>
    </message>
    <message>
        <source>Wrong person scanned</source>
        <translation>Wrong person scanned</translation>
    </message>
    <message>
        <source>Tube dropped</source>
        <translation>Tube dropped</translation>
    </message>
    <message>
        <source>End of simulated shift</source>
        <translation>End of simulated shift</translation>
    </message>
    <message>
        <source>Unused at end of shift</source>
        <translation>Unused at end of shift</translation>
    </message>
    <message>
        <source>The pool size must be 1, 5, 10 or 20.</source>
        <translation>The pool size must be 1, 5, 10 or 20.</translation>
    </message>
</context>
<context>
    <name>SilentServer</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
    <message>
        <source>the request went out, then no answer came for %1 s</source>
        <translation>the request went out, then no answer came for %1 s</translation>
    </message>
</context>
<context>
    <name>SiteFigures</name>
    <message>
        <source>the server&apos;s site figures are not in the expected form</source>
        <translation>the server&apos;s site figures are not in the expected form</translation>
    </message>
</context>
<context>
    <name>SiteNotes</name>
    <message>
        <source>The province refused this record: tube code %1 belongs to another site</source>
        <translation>The province refused this record: tube code %1 belongs to another site</translation>
    </message>
    <message>
        <source>The province holds other content for this record (it came through the site hub)</source>
        <translation>The province holds other content for this record (it came through the site hub)</translation>
    </message>
    <message>
        <source>The province refused this record as invalid (it came through the site hub)</source>
        <translation>The province refused this record as invalid (it came through the site hub)</translation>
    </message>
    <message>
        <source>The province did not take this record (%1)</source>
        <translation>The province did not take this record (%1)</translation>
    </message>
    <message>
        <source>The site hub took this sample (it cannot know the tube codes of other sites); the province then found that tube code %1 was first used at another site, so the laboratory cannot take it under this code. Tell the site lead now: set the tube aside and mark it, do not send it under this code, and sample the people of this tube again into a new tube. The record stays here and at the hub.</source>
        <translation>The site hub took this sample (it cannot know the tube codes of other sites); the province then found that tube code %1 was first used at another site, so the laboratory cannot take it under this code. Tell the site lead now: set the tube aside and mark it, do not send it under this code, and sample the people of this tube again into a new tube. The record stays here and at the hub.</translation>
    </message>
    <message>
        <source>The province keeps the first version it received. Tell the site lead, and give the province&apos;s administrator the record id and the output of `relay-status` at the hub. Nothing needs to be entered again.</source>
        <translation>The province keeps the first version it received. Tell the site lead, and give the province&apos;s administrator the record id and the output of `relay-status` at the hub. Nothing needs to be entered again.</translation>
    </message>
    <message>
        <source>The province did not store this record. Tell the site lead, and give the province&apos;s administrator the record id and the output of `relay-status` at the hub. The record stays here and at the hub; do not enter it again.</source>
        <translation>The province did not store this record. Tell the site lead, and give the province&apos;s administrator the record id and the output of `relay-status` at the hub. The record stays here and at the hub; do not enter it again.</translation>
    </message>
    <message>
        <source>Tube code %1 was also used at %2</source>
        <translation>Tube code %1 was also used at %2</translation>
    </message>
    <message>
        <source>This person was also sampled at %1 at %2 the same day, without a confirmed re-test</source>
        <translation>This person was also sampled at %1 at %2 the same day, without a confirmed re-test</translation>
    </message>
    <message>
        <source>Tube %1 was also packed into a box at %2</source>
        <translation>Tube %1 was also packed into a box at %2</translation>
    </message>
    <message>
        <source>Box %1 was also handed over at %2</source>
        <translation>Box %1 was also handed over at %2</translation>
    </message>
    <message>
        <source>Site note: %1</source>
        <translation>Site note: %1</translation>
    </message>
    <message>
        <source>The person may have been sampled twice today (here in tube %1, and at %2). Tell the site lead; if it was not meant as a re-test, the laboratory may see the person twice. Nothing needs to be entered again.</source>
        <translation>The person may have been sampled twice today (here in tube %1, and at %2). Tell the site lead; if it was not meant as a re-test, the laboratory may see the person twice. Nothing needs to be entered again.</translation>
    </message>
    <message>
        <source>Two boxes list tube %1 (one packed here, one at %2), but only one can hold it. Tell the site lead now: open neither box; check which box holds the tube and tell the laboratory that the other box&apos;s manifest lists it by mistake. Nothing needs to be entered again.</source>
        <translation>Two boxes list tube %1 (one packed here, one at %2), but only one can hold it. Tell the site lead now: open neither box; check which box holds the tube and tell the laboratory that the other box&apos;s manifest lists it by mistake. Nothing needs to be entered again.</translation>
    </message>
    <message>
        <source>Box %1 was handed over twice (here and at %2). Tell the site lead: check with the courier which hand-over is the real one and keep both manifests for the laboratory. Nothing needs to be entered again.</source>
        <translation>Box %1 was handed over twice (here and at %2). Tell the site lead: check with the courier which hand-over is the real one and keep both manifests for the laboratory. Nothing needs to be entered again.</translation>
    </message>
    <message>
        <source>Staff ID %1 is %2 at %3; this station&apos;s %1 is %4</source>
        <translation>Staff ID %1 is %2 at %3; this station&apos;s %1 is %4</translation>
    </message>
    <message>
        <source>another table</source>
        <translation>another table</translation>
    </message>
    <message>
        <source>Two people have staff ID %1, so neither replaced the other: each signs in only at the tables that hold their own %1. Tell the site lead: give one of them another staff ID in F9 (add them again under a new staff ID, then disable %1 at the table where it is theirs), and tell them their new ID.</source>
        <translation>Two people have staff ID %1, so neither replaced the other: each signs in only at the tables that hold their own %1. Tell the site lead: give one of them another staff ID in F9 (add them again under a new staff ID, then disable %1 at the table where it is theirs), and tell them their new ID.</translation>
    </message>
    <message>
        <source>Box code %1 was also used at %2</source>
        <translation>Box code %1 was also used at %2</translation>
    </message>
    <message>
        <source>Two tables used tube code %1, so their samples could be mixed up at the laboratory. If the tube is still open here, no one more goes into it: seal it now with its people and open a new tube. Tell the site lead now: keep both tubes apart, mark them, and tell the laboratory which tubes share the code. Nothing needs to be entered again.</source>
        <translation>Two tables used tube code %1, so their samples could be mixed up at the laboratory. If the tube is still open here, no one more goes into it: seal it now with its people and open a new tube. Tell the site lead now: keep both tubes apart, mark them, and tell the laboratory which tubes share the code. Nothing needs to be entered again.</translation>
    </message>
    <message>
        <source>Two boxes have code %1 (one packed here, one at %2), so the courier and the laboratory could take one for the other. Tell the site lead now: keep the boxes apart, mark both, hand each over only with its own manifest and tell the laboratory that two boxes share the code. Nothing needs to be entered again.</source>
        <translation>Two boxes have code %1 (one packed here, one at %2), so the courier and the laboratory could take one for the other. Tell the site lead now: keep the boxes apart, mark both, hand each over only with its own manifest and tell the laboratory that two boxes share the code. Nothing needs to be entered again.</translation>
    </message>
</context>
<context>
    <name>SiteOverview</name>
    <message>
        <source>%1 has taken no sample for %2 (last at %3).</source>
        <translation>%1 has taken no sample for %2 (last at %3).</translation>
    </message>
    <message>
        <source>%1 has taken no sample since the shift began at %2.</source>
        <translation>%1 has taken no sample since the shift began at %2.</translation>
    </message>
    <message>
        <source>Box %1 of %2 passed the 4-hour limit at %3 (first swab %4 ago). Call the courier and record the temperature.</source>
        <translation>Box %1 of %2 passed the 4-hour limit at %3 (first swab %4 ago). Call the courier and record the temperature.</translation>
    </message>
    <message>
        <source>Box %1 of %2 reaches the 4-hour limit at %3 (first swab %4 ago).</source>
        <translation>Box %1 of %2 reaches the 4-hour limit at %3 (first swab %4 ago).</translation>
    </message>
    <message>
        <source>%1 has not been heard from since %2 (%3): its figures are old. Check its network.</source>
        <translation>%1 has not been heard from since %2 (%3): its figures are old. Check its network.</translation>
    </message>
    <message>
        <source>%1 has not been heard from yet. Check that it is switched on and joined to the site.</source>
        <translation>%1 has not been heard from yet. Check that it is switched on and joined to the site.</translation>
    </message>
    <message>
        <source>The site hub</source>
        <translation>The site hub</translation>
    </message>
    <message>
        <source>The site&apos;s sync server</source>
        <translation>The site&apos;s sync server</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>%1 cannot be reached: the other tables&apos; figures and alerts are as of %2 (%3) and may be out of date.</source>
        <translation>%1 cannot be reached: the other tables&apos; figures and alerts are as of %2 (%3) and may be out of date.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: this station cannot know how the other tables are doing.</source>
        <translation>%1 cannot be reached: this station cannot know how the other tables are doing.</translation>
    </message>
</context>
<context>
    <name>StationApp</name>
    <message>
        <source>Sampling Station: the sampling table workstation</source>
        <translation>Sampling Station: the sampling table workstation</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en.</source>
        <translation>User interface language: zh_CN or en.</translation>
    </message>
    <message>
        <source>Read codes from a video file instead of a camera.</source>
        <translation>Read codes from a video file instead of a camera.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after start-up and quit.</source>
        <translation>Save a picture of the window to FILE after start-up and quit.</translation>
    </message>
    <message>
        <source>Sampling Station</source>
        <translation>Sampling Station</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Cannot create the data folder %1.</translation>
    </message>
    <message>
        <source>The station database cannot be opened.

%1

Nothing was changed. Ask your site supervisor for help.</source>
        <translation>The station database cannot be opened.

%1

Nothing was changed. Ask your site supervisor for help.</translation>
    </message>
    <message>
        <source>File whose first line is the site passphrase (otherwise STATION_SITE_PASSPHRASE, otherwise the station asks).</source>
        <translation>File whose first line is the site passphrase (otherwise STATION_SITE_PASSPHRASE, otherwise the station asks).</translation>
    </message>
    <message>
        <source>Unlock the station</source>
        <translation>Unlock the station</translation>
    </message>
    <message>
        <source>Checking the site passphrase…</source>
        <translation>Checking the site passphrase…</translation>
    </message>
    <message>
        <source>No camera is set up. Scan with the handheld scanner, or choose a camera in Settings (F10).</source>
        <translation>No camera is set up. Scan with the handheld scanner, or choose a camera in Settings (F10).</translation>
    </message>
    <message numerus="yes">
        <source>Retention: the personal data of %n acknowledged sample(s) was destroyed.</source>
        <translation>
            <numerusform>Retention: the personal data of %n acknowledged sample was destroyed.</numerusform>
            <numerusform>Retention: the personal data of %n acknowledged samples was destroyed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention could not run: %1</source>
        <translation>Retention could not run: %1</translation>
    </message>
    <message>
        <source>The data folder %1 does not exist. Check the path given with --data-dir.

To set up a new station there, create the empty folder first (or provision it with sampling-station-cli init --data-dir), then start again.</source>
        <translation>The data folder %1 does not exist. Check the path given with --data-dir.

To set up a new station there, create the empty folder first (or provision it with sampling-station-cli init --data-dir), then start again.</translation>
    </message>
    <message>
        <source>The station&apos;s data directory (database, settings). It must exist; without this option, the default folder is used (and set up on the first start).</source>
        <translation>The station&apos;s data directory (database, settings). It must exist; without this option, the default folder is used (and set up on the first start).</translation>
    </message>
    <message>
        <source>sampling-station: %1</source>
        <translation>sampling-station: %1</translation>
    </message>
    <message>
        <source>Run sampling-station --help for the options.</source>
        <translation>Run sampling-station --help for the options.</translation>
    </message>
    <message>
        <source>sampling-station: unexpected argument: %1</source>
        <translation>sampling-station: unexpected argument: %1</translation>
    </message>
    <message>
        <source>Usage: sampling-station [options]</source>
        <translation>Usage: sampling-station [options]</translation>
    </message>
</context>
<context>
    <name>StationTubeCode</name>
    <message>
        <source>%1 is not a valid station tube code: its check digit (the last digit) does not match. The label was misread or mistyped; scan it again or type it exactly as printed.</source>
        <translation>%1 is not a valid station tube code: its check digit (the last digit) does not match. The label was misread or mistyped; scan it again or type it exactly as printed.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>The sync settings could not be written to %1.</source>
        <translation>The sync settings could not be written to %1.</translation>
    </message>
    <message>
        <source>The device token could not be saved in %1.</source>
        <translation>The device token could not be saved in %1.</translation>
    </message>
    <message>
        <source>The CA certificate %1 cannot be read.</source>
        <translation>The CA certificate %1 cannot be read.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>The file %1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>The CA certificate could not be copied into %1.</source>
        <translation>The CA certificate could not be copied into %1.</translation>
    </message>
    <message>
        <source>The sync settings were not saved: they name no valid server address.</source>
        <translation>The sync settings were not saved: they name no valid server address.</translation>
    </message>
    <message>
        <source>The site key could not be saved in %1.</source>
        <translation>The site key could not be saved in %1.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 pending</translation>
    </message>
    <message>
        <source>oldest %1</source>
        <translation>oldest %1</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message>
        <source>%1 sync problems</source>
        <translation>%1 sync problems</translation>
    </message>
    <message>
        <source>Hub unreachable since %1 — sending straight to the province</source>
        <translation>Hub unreachable since %1 — sending straight to the province</translation>
    </message>
    <message>
        <source>hub unreachable since %1, to the province from %2</source>
        <translation>hub unreachable since %1, to the province from %2</translation>
    </message>
    <message>
        <source>%1 at the province, not yet at the hub</source>
        <translation>%1 at the province, not yet at the hub</translation>
    </message>
    <message>
        <source>Offline: the server does not answer</source>
        <translation>Offline: the server does not answer</translation>
    </message>
    <message>
        <source>Offline: the server&apos;s certificate is refused</source>
        <translation>Offline: the server&apos;s certificate is refused</translation>
    </message>
    <message>
        <source>Offline: this station is not accepted</source>
        <translation>Offline: this station is not accepted</translation>
    </message>
    <message>
        <source>Offline: the server cannot take records now</source>
        <translation>Offline: the server cannot take records now</translation>
    </message>
    <message>
        <source>Offline: this station&apos;s storage failed</source>
        <translation>Offline: this station&apos;s storage failed</translation>
    </message>
</context>
<context>
    <name>SyncTls</name>
    <message>
        <source>The pinned CA certificate %1 cannot be read.</source>
        <translation>The pinned CA certificate %1 cannot be read.</translation>
    </message>
    <message>
        <source>The pinned CA file %1 holds no PEM certificate.</source>
        <translation>The pinned CA file %1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired. Nothing was sent; ask the server&apos;s administrator to renew it.</source>
        <translation>The server&apos;s certificate has expired. Nothing was sent; ask the server&apos;s administrator to renew it.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet (check this station&apos;s date and time). Nothing was sent.</source>
        <translation>The server&apos;s certificate is not valid yet (check this station&apos;s date and time). Nothing was sent.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name than the server address in the settings. Nothing was sent.</source>
        <translation>The server&apos;s certificate is for another host name than the server address in the settings. Nothing was sent.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by a trusted authority (or by the CA pinned in the settings). Nothing was sent.</source>
        <translation>The server&apos;s certificate is not signed by a trusted authority (or by the CA pinned in the settings). Nothing was sent.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed. Nothing was sent.</source>
        <translation>The secure connection to the server failed. Nothing was sent.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1. Nothing was sent.</source>
        <translation>The server&apos;s certificate was refused: %1. Nothing was sent.</translation>
    </message>
</context>
<context>
    <name>TubeCodeCheck</name>
    <message>
        <source>Tube code %1 fails the site&apos;s check digit (%2): scan the tube again or use another tube.</source>
        <translation>Tube code %1 fails the site&apos;s check digit (%2): scan the tube again or use another tube.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Station directory (default: %1).</source>
        <translation>Station directory (default: %1).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>No station in %1. Provision one with: sampling-station-cli init</source>
        <translation>No station in %1. Provision one with: sampling-station-cli init</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Print the report as JSON.</translation>
    </message>
    <message>
        <source>Check the station database and print its counts.</source>
        <translation>Check the station database and print its counts.</translation>
    </message>
    <message>
        <source>Schema version   %1</source>
        <translation>Schema version   %1</translation>
    </message>
    <message>
        <source>Provisioned      %1</source>
        <translation>Provisioned      %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Residents        %1</source>
        <translation>Residents        %1</translation>
    </message>
    <message>
        <source>Samples          %1 (removed %2, voided %3)</source>
        <translation>Samples          %1 (removed %2, voided %3)</translation>
    </message>
    <message>
        <source>Tubes            %1</source>
        <translation>Tubes            %1</translation>
    </message>
    <message>
        <source>Boxes            %1</source>
        <translation>Boxes            %1</translation>
    </message>
    <message>
        <source>Outbox pending   %1 (acknowledged %2, problems %3)</source>
        <translation>Outbox pending   %1 (acknowledged %2, problems %3)</translation>
    </message>
    <message>
        <source>PROBLEM: the station is not provisioned.</source>
        <translation>PROBLEM: the station is not provisioned.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>Cannot read image %1: %2</source>
        <translation>Cannot read image %1: %2</translation>
    </message>
    <message>
        <source>playback stalled (no frame for 15 s)</source>
        <translation>playback stalled (no frame for 15 s)</translation>
    </message>
    <message>
        <source>Cannot play video %1: %2</source>
        <translation>Cannot play video %1: %2</translation>
    </message>
    <message>
        <source>no video frames were decoded</source>
        <translation>no video frames were decoded</translation>
    </message>
    <message>
        <source>Usage: sampling-station-cli decode FILE...</source>
        <translation>Usage: sampling-station-cli decode FILE...</translation>
    </message>
    <message>
        <source>Decodes QR and Code 128 codes in images and video files with the camera pipeline and prints one JSON line per code:</source>
        <translation>Decodes QR and Code 128 codes in images and video files with the camera pipeline and prints one JSON line per code:</translation>
    </message>
    <message>
        <source>For an image, ms is the decode time; for a video, the time of the first frame showing the code (each code is printed once per file).</source>
        <translation>For an image, ms is the decode time; for a video, the time of the first frame showing the code (each code is printed once per file).</translation>
    </message>
    <message>
        <source>Exit status: 0 when every file was read, 1 when a file could not be read, 2 for a usage error.</source>
        <translation>Exit status: 0 when every file was read, 1 when a file could not be read, 2 for a usage error.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>No such file: %1</translation>
    </message>
    <message>
        <source>json (samples and tubes) or csv.</source>
        <translation>json (samples and tubes) or csv.</translation>
    </message>
    <message>
        <source>With csv: samples (default) or tubes.</source>
        <translation>With csv: samples (default) or tubes.</translation>
    </message>
    <message>
        <source>Only this day (YYYY-MM-DD, the site&apos;s calendar).</source>
        <translation>Only this day (YYYY-MM-DD, the site&apos;s calendar).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Write to FILE instead of standard output.</translation>
    </message>
    <message>
        <source>Export samples and tubes (ID numbers masked).</source>
        <translation>Export samples and tubes (ID numbers masked).</translation>
    </message>
    <message>
        <source>Unknown format %1: use json or csv.</source>
        <translation>Unknown format %1: use json or csv.</translation>
    </message>
    <message>
        <source>Unknown --what %1: use samples or tubes.</source>
        <translation>Unknown --what %1: use samples or tubes.</translation>
    </message>
    <message>
        <source>The date must be YYYY-MM-DD.</source>
        <translation>The date must be YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Site code (letters, digits, - and _).</source>
        <translation>Site code (letters, digits, - and _).</translation>
    </message>
    <message>
        <source>Site name, as printed on labels.</source>
        <translation>Site name, as printed on labels.</translation>
    </message>
    <message>
        <source>District (code or name).</source>
        <translation>District (code or name).</translation>
    </message>
    <message>
        <source>Table number at the site.</source>
        <translation>Table number at the site.</translation>
    </message>
    <message>
        <source>Default people per tube: 1, 5, 10 or 20 (default 10).</source>
        <translation>Default people per tube: 1, 5, 10 or 20 (default 10).</translation>
    </message>
    <message>
        <source>Regular expression of tube codes.</source>
        <translation>Regular expression of tube codes.</translation>
    </message>
    <message>
        <source>Regular expression of box codes.</source>
        <translation>Regular expression of box codes.</translation>
    </message>
    <message>
        <source>Device id (default: generated).</source>
        <translation>Device id (default: generated).</translation>
    </message>
    <message>
        <source>First operator&apos;s staff id.</source>
        <translation>First operator&apos;s staff id.</translation>
    </message>
    <message>
        <source>First operator&apos;s name.</source>
        <translation>First operator&apos;s name.</translation>
    </message>
    <message>
        <source>Provision a station non-interactively.</source>
        <translation>Provision a station non-interactively.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>The table number must be a whole number.</source>
        <translation>The table number must be a whole number.</translation>
    </message>
    <message>
        <source>The pool size must be 1, 5, 10 or 20.</source>
        <translation>The pool size must be 1, 5, 10 or 20.</translation>
    </message>
    <message>
        <source>Station provisioned in %1</source>
        <translation>Station provisioned in %1</translation>
    </message>
    <message>
        <source>  site      %1 (%2), district %3</source>
        <translation>  site      %1 (%2), district %3</translation>
    </message>
    <message>
        <source>  table     %1</source>
        <translation>  table     %1</translation>
    </message>
    <message>
        <source>  device    %1</source>
        <translation>  device    %1</translation>
    </message>
    <message>
        <source>  pool size %1</source>
        <translation>  pool size %1</translation>
    </message>
    <message>
        <source>  operator  %1</source>
        <translation>  operator  %1</translation>
    </message>
    <message>
        <source>Write a tube or box label to a file.</source>
        <translation>Write a tube or box label to a file.</translation>
    </message>
    <message>
        <source>pdf, png or zpl.</source>
        <translation>pdf, png or zpl.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>Unused by label.</source>
        <translation>Unused by label.</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.</source>
        <translation>Give the file to write with --out FILE.</translation>
    </message>
    <message>
        <source>--format must be pdf, png or zpl, not &quot;%1&quot;.</source>
        <translation>--format must be pdf, png or zpl, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Print a tube or box label.</source>
        <translation>Print a tube or box label.</translation>
    </message>
    <message>
        <source>Where to print: %1.</source>
        <translation>Where to print: %1.</translation>
    </message>
    <message>
        <source>Unused by print.</source>
        <translation>Unused by print.</translation>
    </message>
    <message>
        <source>Give the printer with --printer %1.</source>
        <translation>Give the printer with --printer %1.</translation>
    </message>
    <message>
        <source>Site day to report (default: today).</source>
        <translation>Site day to report (default: today).</translation>
    </message>
    <message>
        <source>pdf or csv (default: pdf).</source>
        <translation>pdf or csv (default: pdf).</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>File to write.</translation>
    </message>
    <message>
        <source>The site&apos;s IANA time zone, e.g. Asia/Shanghai (default: this computer&apos;s).</source>
        <translation>The site&apos;s IANA time zone, e.g. Asia/Shanghai (default: this computer&apos;s).</translation>
    </message>
    <message>
        <source>Write the shift report of a day as PDF or CSV.</source>
        <translation>Write the shift report of a day as PDF or CSV.</translation>
    </message>
    <message>
        <source>--format must be pdf or csv, not &quot;%1&quot;.</source>
        <translation>--format must be pdf or csv, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Asia/Shanghai.</source>
        <translation>Unknown time zone &quot;%1&quot;; use an IANA name such as Asia/Shanghai.</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date must be a date written YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Cannot write the report to %1: %2</translation>
    </message>
    <message>
        <source>Shift report for %1 written to %2 (%3 swabs, %4 records pending).</source>
        <translation>Shift report for %1 written to %2 (%3 swabs, %4 records pending).</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1: %2</source>
        <translation>Cannot restrict the permissions of %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the signing key %1: %2</source>
        <translation>Cannot read the signing key %1: %2</translation>
    </message>
    <message>
        <source>The signing key %1 is not an Ed25519 secret key: expected %2 hex digits or %3 bytes.</source>
        <translation>The signing key %1 is not an Ed25519 secret key: expected %2 hex digits or %3 bytes.</translation>
    </message>
    <message>
        <source>%1 exists already; a secret key is never overwritten.</source>
        <translation>%1 exists already; a secret key is never overwritten.</translation>
    </message>
    <message>
        <source>Cannot generate a key pair.</source>
        <translation>Cannot generate a key pair.</translation>
    </message>
    <message>
        <source>Wrote the public key to %1 and the secret key to %2.</source>
        <translation>Wrote the public key to %1 and the secret key to %2.</translation>
    </message>
    <message>
        <source>Registration id (8-32 of A-Z a-z 0-9 -).</source>
        <translation>Registration id (8-32 of A-Z a-z 0-9 -).</translation>
    </message>
    <message>
        <source>Name of the resident.</source>
        <translation>Name of the resident.</translation>
    </message>
    <message>
        <source>ID document type: 01, 02, 03, 04, 05, 06 or 99 (default 01).</source>
        <translation>ID document type: 01, 02, 03, 04, 05, 06 or 99 (default 01).</translation>
    </message>
    <message>
        <source>ID document number.</source>
        <translation>ID document number.</translation>
    </message>
    <message>
        <source>Phone number (optional).</source>
        <translation>Phone number (optional).</translation>
    </message>
    <message>
        <source>Address (optional).</source>
        <translation>Address (optional).</translation>
    </message>
    <message>
        <source>Population group code (optional).</source>
        <translation>Population group code (optional).</translation>
    </message>
    <message>
        <source>Last valid day, YYYY-MM-DD (optional).</source>
        <translation>Last valid day, YYYY-MM-DD (optional).</translation>
    </message>
    <message>
        <source>Sign with this Ed25519 secret key file (hex or 64 raw bytes).</source>
        <translation>Sign with this Ed25519 secret key file (hex or 64 raw bytes).</translation>
    </message>
    <message>
        <source>Write PREFIX.txt and PREFIX.png instead of printing the text.</source>
        <translation>Write PREFIX.txt and PREFIX.png instead of printing the text.</translation>
    </message>
    <message>
        <source>Write a new signing key pair to PREFIX.pub and PREFIX.key (hex) and exit.</source>
        <translation>Write a new signing key pair to PREFIX.pub and PREFIX.key (hex) and exit.</translation>
    </message>
    <message>
        <source>Station data directory (not used by this command).</source>
        <translation>Station data directory (not used by this command).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>Missing --%1.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>The signed code does not verify: %1</source>
        <translation>The signed code does not verify: %1</translation>
    </message>
    <message>
        <source>Cannot make a QR code of this text: %1</source>
        <translation>Cannot make a QR code of this text: %1</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>Wrote %1 and %2.</translation>
    </message>
    <message>
        <source>Writes a resident registration code (resident-code v1) as text, or as PREFIX.txt and a QR code PREFIX.png, after checking it exactly as a station would.</source>
        <translation>Writes a resident registration code (resident-code v1) as text, or as PREFIX.txt and a QR code PREFIX.png, after checking it exactly as a station would.</translation>
    </message>
    <message>
        <source>How many residents to sample (default 100).</source>
        <translation>How many residents to sample (default 100).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Random seed (default 1).</translation>
    </message>
    <message>
        <source>Mean seconds between two swabs (default 25).</source>
        <translation>Mean seconds between two swabs (default 25).</translation>
    </message>
    <message>
        <source>People per tube (default: the station&apos;s).</source>
        <translation>People per tube (default: the station&apos;s).</translation>
    </message>
    <message>
        <source>Time of the first swab, ISO-8601 (default: so that the shift ends now).</source>
        <translation>Time of the first swab, ISO-8601 (default: so that the shift ends now).</translation>
    </message>
    <message>
        <source>Generate realistic scan sessions through the station&apos;s own sampling code.</source>
        <translation>Generate realistic scan sessions through the station&apos;s own sampling code.</translation>
    </message>
    <message>
        <source>--residents must be a positive whole number.</source>
        <translation>--residents must be a positive whole number.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed must be a whole number.</translation>
    </message>
    <message>
        <source>--seconds-per-sample must be a positive number.</source>
        <translation>--seconds-per-sample must be a positive number.</translation>
    </message>
    <message>
        <source>--pool-size must be 1, 5, 10 or 20.</source>
        <translation>--pool-size must be 1, 5, 10 or 20.</translation>
    </message>
    <message>
        <source>--start must be an ISO-8601 time, e.g. 2026-11-25T08:00:00+08:00.</source>
        <translation>--start must be an ISO-8601 time, e.g. 2026-11-25T08:00:00+08:00.</translation>
    </message>
    <message>
        <source>The station is not provisioned. Run sampling-station-cli init first.</source>
        <translation>The station is not provisioned. Run sampling-station-cli init first.</translation>
    </message>
    <message>
        <source>Simulated %1 residents: %2 samples in %3 tubes, %4 boxes handed over, %5 removed, %6 tubes voided, %7 re-tests (%8 ms).</source>
        <translation>Simulated %1 residents: %2 samples in %3 tubes, %4 boxes handed over, %5 removed, %6 tubes voided, %7 re-tests (%8 ms).</translation>
    </message>
    <message>
        <source>Enrollment failed: %1</source>
        <translation>Enrollment failed: %1</translation>
    </message>
    <message>
        <source>Enrolled as device %1 at site %2.</source>
        <translation>Enrolled as device %1 at site %2.</translation>
    </message>
    <message>
        <source>Server address, e.g. https://host:8443 (saved in the settings).</source>
        <translation>Server address, e.g. https://host:8443 (saved in the settings).</translation>
    </message>
    <message>
        <source>Enroll this station with the site&apos;s enrollment code first.</source>
        <translation>Enroll this station with the site&apos;s enrollment code first.</translation>
    </message>
    <message>
        <source>Trust only this CA certificate (PEM) for the server (saved in the settings).</source>
        <translation>Trust only this CA certificate (PEM) for the server (saved in the settings).</translation>
    </message>
    <message>
        <source>Keep retrying after network or server errors for up to SECS seconds (default 0: stop at the first error).</source>
        <translation>Keep retrying after network or server errors for up to SECS seconds (default 0: stop at the first error).</translation>
    </message>
    <message>
        <source>Upload the records waiting in the outbox to the server, once. Exit code 0: every record was acknowledged; 1: records are in conflict or rejected; 3: the upload did not complete (records are kept).</source>
        <translation>Upload the records waiting in the outbox to the server, once. Exit code 0: every record was acknowledged; 1: records are in conflict or rejected; 3: the upload did not complete (records are kept).</translation>
    </message>
    <message>
        <source>--retry-for must be a whole number of seconds.</source>
        <translation>--retry-for must be a whole number of seconds.</translation>
    </message>
    <message>
        <source>No server address is set. Pass --server https://HOST:PORT.</source>
        <translation>No server address is set. Pass --server https://HOST:PORT.</translation>
    </message>
    <message>
        <source>This station is not enrolled. Pass --enroll-code CODE.</source>
        <translation>This station is not enrolled. Pass --enroll-code CODE.</translation>
    </message>
    <message>
        <source>%1 records acknowledged, %2 pending, %3 in conflict, %4 rejected.</source>
        <translation>%1 records acknowledged, %2 pending, %3 in conflict, %4 rejected.</translation>
    </message>
    <message>
        <source>%1 is not a tube code of this site (pattern %2).</source>
        <translation>%1 is not a tube code of this site (pattern %2).</translation>
    </message>
    <message>
        <source>%1: station-generated tube code, table %2, number %3; check digit correct.</source>
        <translation>%1: station-generated tube code, table %2, number %3; check digit correct.</translation>
    </message>
    <message>
        <source>%1: a tube code of this site (pre-printed; it carries no station check digit).</source>
        <translation>%1: a tube code of this site (pre-printed; it carries no station check digit).</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to %1.</source>
        <translation>--count must be a whole number from 1 to %1.</translation>
    </message>
    <message>
        <source>The station is not provisioned. Provision it with: sampling-station-cli init</source>
        <translation>The station is not provisioned. Provision it with: sampling-station-cli init</translation>
    </message>
    <message>
        <source>Check CODE: a station-generated code&apos;s check digit, and the site&apos;s tube pattern.</source>
        <translation>Check CODE: a station-generated code&apos;s check digit, and the site&apos;s tube pattern.</translation>
    </message>
    <message>
        <source>Reserve the station&apos;s next generated tube codes and print them, one a line (for pre-printing labels).</source>
        <translation>Reserve the station&apos;s next generated tube codes and print them, one a line (for pre-printing labels).</translation>
    </message>
    <message>
        <source>How many codes --next reserves (1-1000, default 1).</source>
        <translation>How many codes --next reserves (1-1000, default 1).</translation>
    </message>
    <message>
        <source>Check tube codes, or reserve station-generated ones.</source>
        <translation>Check tube codes, or reserve station-generated ones.</translation>
    </message>
    <message>
        <source>Give either --check CODE or --next [--count N].</source>
        <translation>Give either --check CODE or --next [--count N].</translation>
    </message>
    <message>
        <source>--count goes with --next.</source>
        <translation>--count goes with --next.</translation>
    </message>
    <message>
        <source>The manifest is not a JSON object: %1</source>
        <translation>The manifest is not a JSON object: %1</translation>
    </message>
    <message>
        <source>Tube %1 of the manifest needs a code and a person count.</source>
        <translation>Tube %1 of the manifest needs a code and a person count.</translation>
    </message>
    <message>
        <source>Provision a station non-interactively</source>
        <translation>Provision a station non-interactively</translation>
    </message>
    <message>
        <source>Check the database and print counts</source>
        <translation>Check the database and print counts</translation>
    </message>
    <message>
        <source>Write a resident code (text and PNG)</source>
        <translation>Write a resident code (text and PNG)</translation>
    </message>
    <message>
        <source>Export samples and tubes as JSON or CSV</source>
        <translation>Export samples and tubes as JSON or CSV</translation>
    </message>
    <message>
        <source>Generate realistic scan sessions for demos and tests</source>
        <translation>Generate realistic scan sessions for demos and tests</translation>
    </message>
    <message>
        <source>Decode codes from images and video files</source>
        <translation>Decode codes from images and video files</translation>
    </message>
    <message>
        <source>Write a tube or box label (PDF, PNG or ZPL)</source>
        <translation>Write a tube or box label (PDF, PNG or ZPL)</translation>
    </message>
    <message>
        <source>Print a tube or box label on a Zebra or CUPS printer</source>
        <translation>Print a tube or box label on a Zebra or CUPS printer</translation>
    </message>
    <message>
        <source>Write the shift report of a day (PDF or CSV)</source>
        <translation>Write the shift report of a day (PDF or CSV)</translation>
    </message>
    <message>
        <source>Upload pending records to the server once (headless)</source>
        <translation>Upload pending records to the server once (headless)</translation>
    </message>
    <message>
        <source>Check a tube code, or reserve station-generated codes for labels</source>
        <translation>Check a tube code, or reserve station-generated codes for labels</translation>
    </message>
    <message>
        <source>Usage: sampling-station-cli COMMAND [options]</source>
        <translation>Usage: sampling-station-cli COMMAND [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Every command takes --data-dir DIR and --help.</source>
        <translation>Every command takes --data-dir DIR and --help.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Take scans from standard input at a table, as the window does</source>
        <translation>Take scans from standard input at a table, as the window does</translation>
    </message>
    <message>
        <source>Check digit of the site&apos;s pre-printed tube codes: none, damm, luhn or mod37-2 (ISO 7064 MOD 37-2). Default none.</source>
        <translation>Check digit of the site&apos;s pre-printed tube codes: none, damm, luhn or mod37-2 (ISO 7064 MOD 37-2). Default none.</translation>
    </message>
    <message>
        <source>--tube-check-digit must be none, damm, luhn or mod37-2.</source>
        <translation>--tube-check-digit must be none, damm, luhn or mod37-2.</translation>
    </message>
    <message>
        <source>%1: a tube code of this site (pre-printed); its %2 check digit is correct.</source>
        <translation>%1: a tube code of this site (pre-printed); its %2 check digit is correct.</translation>
    </message>
    <message>
        <source>File whose first line is the site passphrase that unlocks personal data (- for standard input; or set STATION_SITE_PASSPHRASE; otherwise it is asked on the terminal).</source>
        <translation>File whose first line is the site passphrase that unlocks personal data (- for standard input; or set STATION_SITE_PASSPHRASE; otherwise it is asked on the terminal).</translation>
    </message>
    <message>
        <source>Site passphrase: </source>
        <translation>Site passphrase: </translation>
    </message>
    <message>
        <source>File whose first line is the operator&apos;s PIN (- for standard input; or set STATION_OPERATOR_PIN; otherwise the PIN is asked on the terminal).</source>
        <translation>File whose first line is the operator&apos;s PIN (- for standard input; or set STATION_OPERATOR_PIN; otherwise the PIN is asked on the terminal).</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>Name the operator with --operator STAFF_ID: every record says who made it.</source>
        <translation>Name the operator with --operator STAFF_ID: every record says who made it.</translation>
    </message>
    <message>
        <source>No PIN was given for %1. Give it with --pin-file, STATION_OPERATOR_PIN or at the prompt on a terminal.</source>
        <translation>No PIN was given for %1. Give it with --pin-file, STATION_OPERATOR_PIN or at the prompt on a terminal.</translation>
    </message>
    <message>
        <source>Also verify every audit signature and open every personal field with its row and column (needs the site passphrase).</source>
        <translation>Also verify every audit signature and open every personal field with its row and column (needs the site passphrase).</translation>
    </message>
    <message>
        <source>--deep needs a database of the current schema; checking without it.</source>
        <translation>--deep needs a database of the current schema; checking without it.</translation>
    </message>
    <message>
        <source>Audit rows       %1 (signed %2)</source>
        <translation>Audit rows       %1 (signed %2)</translation>
    </message>
    <message>
        <source>PROBLEM [%1]: %2</source>
        <translation>PROBLEM [%1]: %2</translation>
    </message>
    <message>
        <source>File whose first line is the first operator&apos;s PIN, 6-12 digits (- for standard input; or set STATION_OPERATOR_PIN; otherwise it is asked on the terminal).</source>
        <translation>File whose first line is the first operator&apos;s PIN, 6-12 digits (- for standard input; or set STATION_OPERATOR_PIN; otherwise it is asked on the terminal).</translation>
    </message>
    <message>
        <source>PIN of the first operator: </source>
        <translation>PIN of the first operator: </translation>
    </message>
    <message>
        <source>Staff id of the operator who records the samples; their PIN is checked (default: the first operator).</source>
        <translation>Staff id of the operator who records the samples; their PIN is checked (default: the first operator).</translation>
    </message>
    <message>
        <source>Staff id of the operator who reserves codes (--next).</source>
        <translation>Staff id of the operator who reserves codes (--next).</translation>
    </message>
    <message>
        <source>Seal or void the tube left open (after a crash)</source>
        <translation>Seal or void the tube left open (after a crash)</translation>
    </message>
    <message>
        <source>%1 signed in with a one-time PIN: choose your own first with sampling-station-cli operator set-pin --operator %1</source>
        <translation>%1 signed in with a one-time PIN: choose your own first with sampling-station-cli operator set-pin --operator %1</translation>
    </message>
    <message>
        <source>Give the reason with --reason TEXT: it is recorded in the audit log with the acknowledgement.</source>
        <translation>Give the reason with --reason TEXT: it is recorded in the audit log with the acknowledgement.</translation>
    </message>
    <message>
        <source>Audit anchor mismatch at row %1 acknowledged by %2; the audit log is anchored anew at row %3.</source>
        <translation>Audit anchor mismatch at row %1 acknowledged by %2; the audit log is anchored anew at row %3.</translation>
    </message>
    <message>
        <source>Clear an audit-anchor mismatch that has been looked into: recorded in the audit log with the operator and the reason (needs --reason, --operator, the operator&apos;s PIN and the site passphrase).</source>
        <translation>Clear an audit-anchor mismatch that has been looked into: recorded in the audit log with the operator and the reason (needs --reason, --operator, the operator&apos;s PIN and the site passphrase).</translation>
    </message>
    <message>
        <source>Why the mismatch is acknowledged (recorded in the audit log).</source>
        <translation>Why the mismatch is acknowledged (recorded in the audit log).</translation>
    </message>
    <message>
        <source>Staff id of the operator who acknowledges the mismatch.</source>
        <translation>Staff id of the operator who acknowledges the mismatch.</translation>
    </message>
    <message>
        <source>ACKNOWLEDGED: %1</source>
        <translation>ACKNOWLEDGED: %1</translation>
    </message>
    <message>
        <source>Once the site lead has looked into the audit anchor mismatch, an operator clears it with: sampling-station-cli check --acknowledge-anchor-mismatch --reason TEXT --operator STAFF_ID</source>
        <translation>Once the site lead has looked into the audit anchor mismatch, an operator clears it with: sampling-station-cli check --acknowledge-anchor-mismatch --reason TEXT --operator STAFF_ID</translation>
    </message>
    <message>
        <source>The province&apos;s resident-code key could not be saved to %1.</source>
        <translation>The province&apos;s resident-code key could not be saved to %1.</translation>
    </message>
    <message>
        <source>The province gives no resident-code key: signatures of resident codes are not checked.</source>
        <translation>The province gives no resident-code key: signatures of resident codes are not checked.</translation>
    </message>
    <message>
        <source>Province resident-code key received, fingerprint %1.</source>
        <translation>Province resident-code key received, fingerprint %1.</translation>
    </message>
    <message>
        <source>The province announced a new resident-code key, fingerprint %1; it is in force from now on.</source>
        <translation>The province announced a new resident-code key, fingerprint %1; it is in force from now on.</translation>
    </message>
    <message>
        <source>Show the province&apos;s resident-code key; accept unsigned codes or not</source>
        <translation>Show the province&apos;s resident-code key; accept unsigned codes or not</translation>
    </message>
    <message>
        <source>Destroy acknowledged personal data older than the retention period</source>
        <translation>Destroy acknowledged personal data older than the retention period</translation>
    </message>
    <message>
        <source>Write a backup of the station (without what the province has)</source>
        <translation>Write a backup of the station (without what the province has)</translation>
    </message>
    <message>
        <source>Manage the staff: add, list, disable, reset PINs, roles, import</source>
        <translation>Manage the staff: add, list, disable, reset PINs, roles, import</translation>
    </message>
    <message>
        <source>List who saw which full ID numbers, when and why (site lead)</source>
        <translation>List who saw which full ID numbers, when and why (site lead)</translation>
    </message>
    <message>
        <source>Usage: sampling-station-cli %1 [options]</source>
        <translation>Usage: sampling-station-cli %1 [options]</translation>
    </message>
    <message>
        <source>Run sampling-station-cli %1 --help for its options.</source>
        <translation>Run sampling-station-cli %1 --help for its options.</translation>
    </message>
    <message>
        <source>No site passphrase was given. Give it with --site-passphrase-file FILE, the environment variable STATION_SITE_PASSPHRASE, or at the prompt on a terminal.</source>
        <translation>No site passphrase was given. Give it with --site-passphrase-file FILE, the environment variable STATION_SITE_PASSPHRASE, or at the prompt on a terminal.</translation>
    </message>
    <message>
        <source>No site passphrase was given: the first line of %1 is empty.</source>
        <translation>No site passphrase was given: the first line of %1 is empty.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>the port must be a number from 1 to 65535</translation>
    </message>
    <message>
        <source>it is not a valid address</source>
        <translation>it is not a valid address</translation>
    </message>
    <message>
        <source>the address must start with https://</source>
        <translation>the address must start with https://</translation>
    </message>
    <message>
        <source>it names no host</source>
        <translation>it names no host</translation>
    </message>
    <message>
        <source>the server did not answer within %1 seconds</source>
        <translation>the server did not answer within %1 seconds</translation>
    </message>
    <message>
        <source>The upload stopped: the server showed no sign of life for %1 seconds. Records are kept and sent next time.</source>
        <translation>The upload stopped: the server showed no sign of life for %1 seconds. Records are kept and sent next time.</translation>
    </message>
    <message>
        <source>The join code (SSJOIN1;...); without it, or with &quot;-&quot;, one line is read from standard input.</source>
        <translation>The join code (SSJOIN1;...); without it, or with &quot;-&quot;, one line is read from standard input.</translation>
    </message>
    <message>
        <source>Join a site hub (or the province&apos;s server) with the join code it shows: its certificate is checked against the code and pinned, and the station enrolled. Nothing is changed unless every step succeeds.</source>
        <translation>Join a site hub (or the province&apos;s server) with the join code it shows: its certificate is checked against the code and pinned, and the station enrolled. Nothing is changed unless every step succeeds.</translation>
    </message>
    <message>
        <source>No join code was given.</source>
        <translation>No join code was given.</translation>
    </message>
    <message>
        <source>Joined %1 for site %2 as device %3. Uploads go there from now on.</source>
        <translation>Joined %1 for site %2 as device %3. Uploads go there from now on.</translation>
    </message>
    <message>
        <source>Joining failed: %1</source>
        <translation>Joining failed: %1</translation>
    </message>
    <message>
        <source>Joining failed: no answer within %1 seconds. Nothing was changed.</source>
        <translation>Joining failed: no answer within %1 seconds. Nothing was changed.</translation>
    </message>
    <message>
        <source>A tube code.</source>
        <translation>A tube code.</translation>
    </message>
    <message>
        <source>This station is not enrolled with a server. Run sampling-station-cli sync --server URL --enroll-code CODE first.</source>
        <translation>This station is not enrolled with a server. Run sampling-station-cli sync --server URL --enroll-code CODE first.</translation>
    </message>
    <message>
        <source>This station has no site key (it was enrolled before the server gave one), so it cannot ask about a person. Enroll it again with a new code.</source>
        <translation>This station has no site key (it was enrolled before the server gave one), so it cannot ask about a person. Enroll it again with a new code.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>The server cannot be reached (%1).</translation>
    </message>
    <message>
        <source>The server refused the check (HTTP %1): %2</source>
        <translation>The server refused the check (HTTP %1): %2</translation>
    </message>
    <message>
        <source>%1 (this station)</source>
        <translation>%1 (this station)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The person was not sampled today at any table of the site.</source>
        <translation>The person was not sampled today at any table of the site.</translation>
    </message>
    <message>
        <source>The person was sampled today at %1 at %2, tube %3.</source>
        <translation>The person was sampled today at %1 at %2, tube %3.</translation>
    </message>
    <message>
        <source>Tube code %1 is not used at any table of the site.</source>
        <translation>Tube code %1 is not used at any table of the site.</translation>
    </message>
    <message>
        <source>Keep listening for new facts (long poll) until interrupted; retries by itself while the server cannot be reached.</source>
        <translation>Keep listening for new facts (long poll) until interrupted; retries by itself while the server cannot be reached.</translation>
    </message>
    <message>
        <source>Fetch the site&apos;s facts (who was sampled and which tube codes were used at the other tables) into this station, for the site-wide rules of `scan`. Exit code 0: caught up; 3: the server could not be asked.</source>
        <translation>Fetch the site&apos;s facts (who was sampled and which tube codes were used at the other tables) into this station, for the site-wide rules of `scan`. Exit code 0: caught up; 3: the server could not be asked.</translation>
    </message>
    <message>
        <source>%1 new site facts kept.</source>
        <translation>%1 new site facts kept.</translation>
    </message>
    <message>
        <source>The site&apos;s staff list was not synchronised: %1</source>
        <translation>The site&apos;s staff list was not synchronised: %1</translation>
    </message>
    <message>
        <source>the server showed no sign of life</source>
        <translation>the server showed no sign of life</translation>
    </message>
    <message>
        <source>Staff list: %1 changes sent, %2 changes from other tables applied.</source>
        <translation>Staff list: %1 changes sent, %2 changes from other tables applied.</translation>
    </message>
    <message>
        <source>Join a site hub with the join code it shows (scanned or typed)</source>
        <translation>Join a site hub with the join code it shows (scanned or typed)</translation>
    </message>
    <message>
        <source>Ask the server whether a person or tube code was seen at the site</source>
        <translation>Ask the server whether a person or tube code was seen at the site</translation>
    </message>
    <message>
        <source>Fetch the other tables&apos; facts for the site-wide rules of scan</source>
        <translation>Fetch the other tables&apos; facts for the site-wide rules of scan</translation>
    </message>
    <message>
        <source>List open recalls only.</source>
        <translation>List open recalls only.</translation>
    </message>
    <message>
        <source>Write one JSON object per recall.</source>
        <translation>Write one JSON object per recall.</translation>
    </message>
    <message>
        <source>List the site&apos;s recalls (待复核) this station knows: people of positive or invalid pooled tubes to be sampled again alone, and whether they were. Fetch the newest with site-facts.</source>
        <translation>List the site&apos;s recalls (待复核) this station knows: people of positive or invalid pooled tubes to be sampled again alone, and whether they were. Fetch the newest with site-facts.</translation>
    </message>
    <message>
        <source>Cannot read the recalls: %1</source>
        <translation>Cannot read the recalls: %1</translation>
    </message>
    <message>
        <source>a person of tube %1 at %2</source>
        <translation>a person of tube %1 at %2</translation>
    </message>
    <message>
        <source>NOT YET sampled again</source>
        <translation>NOT YET sampled again</translation>
    </message>
    <message>
        <source>sampled again (%1)</source>
        <translation>sampled again (%1)</translation>
    </message>
    <message>
        <source>%1 — tube %2 at %3 was %4 — %5</source>
        <translation>%1 — tube %2 at %3 was %4 — %5</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message numerus="yes">
        <source>%n recall(s).</source>
        <translation>
            <numerusform>%n recall.</numerusform>
            <numerusform>%n recalls.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the site&apos;s recalls (待复核): people to sample again alone</source>
        <translation>List the site&apos;s recalls (待复核): people to sample again alone</translation>
    </message>
    <message>
        <source>List the site&apos;s boxes waiting for the courier, show one, hand one over</source>
        <translation>List the site&apos;s boxes waiting for the courier, show one, hand one over</translation>
    </message>
    <message>
        <source>sampled again here (%1, tube %2), not yet at the province</source>
        <translation>sampled again here (%1, tube %2), not yet at the province</translation>
    </message>
    <message>
        <source>First put every record acknowledged since DATE (YYYY-MM-DD, from the start of that day here) back in the outbox, e.g. after the site hub was lost before it relayed them; the server answers &apos;duplicate&apos; for those it has.</source>
        <translation>First put every record acknowledged since DATE (YYYY-MM-DD, from the start of that day here) back in the outbox, e.g. after the site hub was lost before it relayed them; the server answers &apos;duplicate&apos; for those it has.</translation>
    </message>
    <message>
        <source>--resend-since must be a date such as 2026-12-01.</source>
        <translation>--resend-since must be a date such as 2026-12-01.</translation>
    </message>
    <message>
        <source>The records could not be put back in the outbox: %1</source>
        <translation>The records could not be put back in the outbox: %1</translation>
    </message>
    <message>
        <source>%1 acknowledged records since %2 are back in the outbox.</source>
        <translation>%1 acknowledged records since %2 are back in the outbox.</translation>
    </message>
    <message>
        <source>Write one JSON object per problem.</source>
        <translation>Write one JSON object per problem.</translation>
    </message>
    <message>
        <source>List the sync problems of this station, as the window&apos;s &quot;Sync problems&quot; list shows them: records the server did not take, and what the site found later about records it took, each with what to do. Fetch the site&apos;s newest facts with site-facts first.</source>
        <translation>List the sync problems of this station, as the window&apos;s &quot;Sync problems&quot; list shows them: records the server did not take, and what the site found later about records it took, each with what to do. Fetch the site&apos;s newest facts with site-facts first.</translation>
    </message>
    <message>
        <source>Cannot read the sync problems: %1</source>
        <translation>Cannot read the sync problems: %1</translation>
    </message>
    <message>
        <source>Conflict: the server holds other content for this record</source>
        <translation>Conflict: the server holds other content for this record</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Rejected by the server</translation>
    </message>
    <message>
        <source>%1 %2 — %3: %4</source>
        <translation>%1 %2 — %3: %4</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>%1 %2 — %3. %4</source>
        <translation>%1 %2 — %3. %4</translation>
    </message>
    <message numerus="yes">
        <source>%n sync problem(s).</source>
        <translation>
            <numerusform>%n sync problem.</numerusform>
            <numerusform>%n sync problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the sync problems (records not taken, site notes) and what to do</source>
        <translation>List the sync problems (records not taken, site notes) and what to do</translation>
    </message>
    <message>
        <source>%1 %2 is not a server address (%3). Give it as https://HOST:PORT, e.g. https://sync.example.org:8443.</source>
        <translation>%1 %2 is not a server address (%3). Give it as https://HOST:PORT, e.g. https://sync.example.org:8443.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Enrolled as device %1 at the fallback server %2: records go there while the site hub cannot be reached for %3.</source>
        <translation>Enrolled as device %1 at the fallback server %2: records go there while the site hub cannot be reached for %3.</translation>
    </message>
    <message>
        <source>No fallback server: records go only to %1.</source>
        <translation>No fallback server: records go only to %1.</translation>
    </message>
    <message>
        <source>No fallback server is set. Pass --fallback-server https://PROVINCE:PORT.</source>
        <translation>No fallback server is set. Pass --fallback-server https://PROVINCE:PORT.</translation>
    </message>
    <message>
        <source>The fallback server is saved, but this station is not enrolled there yet: pass --fallback-enroll-code CODE.</source>
        <translation>The fallback server is saved, but this station is not enrolled there yet: pass --fallback-enroll-code CODE.</translation>
    </message>
    <message>
        <source>For a station joined to a site hub: the province&apos;s address, where records go straight while the hub cannot be reached (saved in the settings).</source>
        <translation>For a station joined to a site hub: the province&apos;s address, where records go straight while the hub cannot be reached (saved in the settings).</translation>
    </message>
    <message>
        <source>Trust only this CA certificate (PEM) for the fallback server (saved in the settings).</source>
        <translation>Trust only this CA certificate (PEM) for the fallback server (saved in the settings).</translation>
    </message>
    <message>
        <source>Enroll this station at the fallback server with an enrollment code of the province first (the same device id as at the hub).</source>
        <translation>Enroll this station at the fallback server with an enrollment code of the province first (the same device id as at the hub).</translation>
    </message>
    <message>
        <source>How long the hub must stay out of reach before records go to the fallback server: e.g. 10m (the default), 90s, 1h, 0 (at once); saved in the settings.</source>
        <translation>How long the hub must stay out of reach before records go to the fallback server: e.g. 10m (the default), 90s, 1h, 0 (at once); saved in the settings.</translation>
    </message>
    <message>
        <source>Remove the fallback server, its certificate and its token.</source>
        <translation>Remove the fallback server, its certificate and its token.</translation>
    </message>
    <message>
        <source>--no-fallback cannot go with the other --fallback options.</source>
        <translation>--no-fallback cannot go with the other --fallback options.</translation>
    </message>
    <message>
        <source>--fallback-after must be a duration such as 10m, 90s, 1h or 0 (at most 7 days).</source>
        <translation>--fallback-after must be a duration such as 10m, 90s, 1h or 0 (at most 7 days).</translation>
    </message>
    <message>
        <source>The site hub cannot be reached since %1: records went straight to the province. %2 records the province has are sent to the hub when it is back.</source>
        <translation>The site hub cannot be reached since %1: records went straight to the province. %2 records the province has are sent to the hub when it is back.</translation>
    </message>
    <message>
        <source>The site hub is back: it received %1 records the province took while it could not be reached.</source>
        <translation>The site hub is back: it received %1 records the province took while it could not be reached.</translation>
    </message>
    <message>
        <source>The staff list waits for the site hub.</source>
        <translation>The staff list waits for the site hub.</translation>
    </message>
    <message>
        <source>The code is the province&apos;s: enroll this station there as its fallback, where records go while the site hub cannot be reached. The hub stays the server the station syncs with.</source>
        <translation>The code is the province&apos;s: enroll this station there as its fallback, where records go while the site hub cannot be reached. The hub stays the server the station syncs with.</translation>
    </message>
    <message>
        <source>Enrolled at %1 for site %2 as device %3, as the fallback: records go there while the site hub cannot be reached.</source>
        <translation>Enrolled at %1 for site %2 as device %3, as the fallback: records go there while the site hub cannot be reached.</translation>
    </message>
    <message>
        <source>sampled again at %1 (%2, tube %3), not yet at the province</source>
        <translation>sampled again at %1 (%2, tube %3), not yet at the province</translation>
    </message>
    <message>
        <source>Enrollment at the fallback server failed: %1 Nothing was changed.</source>
        <translation>Enrollment at the fallback server failed: %1 Nothing was changed.</translation>
    </message>
    <message>
        <source>The person was sampled today at %1 at %2, alone in single tube %3.</source>
        <translation>The person was sampled today at %1 at %2, alone in single tube %3.</translation>
    </message>
    <message>
        <source>Site facts: %1 new kept.</source>
        <translation>Site facts: %1 new kept.</translation>
    </message>
    <message>
        <source>packed into box %1 at %2 at %3</source>
        <translation>packed into box %1 at %2 at %3</translation>
    </message>
    <message>
        <source>%1, handed over at %2 at %3</source>
        <translation>%1, handed over at %2 at %3</translation>
    </message>
    <message>
        <source>sealed at %1 at %2</source>
        <translation>sealed at %1 at %2</translation>
    </message>
    <message>
        <source>voided at %1 at %2</source>
        <translation>voided at %1 at %2</translation>
    </message>
    <message>
        <source>open at %1 since %2</source>
        <translation>open at %1 since %2</translation>
    </message>
    <message>
        <source>Tube code %1 is used at the site: %2.</source>
        <translation>Tube code %1 is used at the site: %2.</translation>
    </message>
    <message>
        <source>Tube code %1 was opened at %2 at %3; now %4.</source>
        <translation>Tube code %1 was opened at %2 at %3; now %4.</translation>
    </message>
    <message>
        <source>Ask about a person: the ID type code of the records (e.g. 01). The ID number is read from --id-number-file, or asked on the terminal.</source>
        <translation>Ask about a person: the ID type code of the records (e.g. 01). The ID number is read from --id-number-file, or asked on the terminal.</translation>
    </message>
    <message>
        <source>A file whose first line is the person&apos;s ID number (&quot;-&quot;: standard input).</source>
        <translation>A file whose first line is the person&apos;s ID number (&quot;-&quot;: standard input).</translation>
    </message>
    <message>
        <source>Not taken: give --id-type, and the ID number with --id-number-file or on the terminal.</source>
        <translation>Not taken: give --id-type, and the ID number with --id-number-file or on the terminal.</translation>
    </message>
    <message>
        <source>site-check takes no ID number on the command line: it would show in the process list and the shell history. Give --id-type, and the number with --id-number-file (&quot;-&quot;: standard input) or on the terminal.</source>
        <translation>site-check takes no ID number on the command line: it would show in the process list and the shell history. Give --id-type, and the number with --id-number-file (&quot;-&quot;: standard input) or on the terminal.</translation>
    </message>
    <message>
        <source>ID number: </source>
        <translation>ID number: </translation>
    </message>
    <message>
        <source>No ID number was given: give it with --id-number-file (&quot;-&quot;: standard input) or on the terminal.</source>
        <translation>No ID number was given: give it with --id-number-file (&quot;-&quot;: standard input) or on the terminal.</translation>
    </message>
    <message>
        <source>Join as table N: this station&apos;s number changes first (only before it has joined or enrolled; audited, for --operator). For a join refused because another table of the site has this station&apos;s number.</source>
        <translation>Join as table N: this station&apos;s number changes first (only before it has joined or enrolled; audited, for --operator). For a join refused because another table of the site has this station&apos;s number.</translation>
    </message>
    <message>
        <source>Staff id of who changes the table number (with --table).</source>
        <translation>Staff id of who changes the table number (with --table).</translation>
    </message>
    <message>
        <source>--table takes a table number and --operator STAFF_ID (who changes it), and is for joining the site&apos;s hub, not with --fallback.</source>
        <translation>--table takes a table number and --operator STAFF_ID (who changes it), and is for joining the site&apos;s hub, not with --fallback.</translation>
    </message>
    <message>
        <source>This station is table %1 now.</source>
        <translation>This station is table %1 now.</translation>
    </message>
    <message>
        <source>Name the site lead with --operator STAFF_ID: contact details are shown to a lead who proves their PIN.</source>
        <translation>Name the site lead with --operator STAFF_ID: contact details are shown to a lead who proves their PIN.</translation>
    </message>
    <message>
        <source>%1 may not act at this station.</source>
        <translation>%1 may not act at this station.</translation>
    </message>
    <message>
        <source>Tube %1 (%2): call these people and ask them to come back to be sampled again alone (单管单采):</source>
        <translation>Tube %1 (%2): call these people and ask them to come back to be sampled again alone (单管单采):</translation>
    </message>
    <message>
        <source>(no phone number)</source>
        <translation>(no phone number)</translation>
    </message>
    <message numerus="yes">
        <source>%n other person(s) of this tube were already sampled again.</source>
        <translation>
            <numerusform>%n other person of this tube was already sampled again.</numerusform>
            <numerusform>%n other people of this tube were already sampled again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other person(s) of this tube: personal data erased (retention).</source>
        <translation>
            <numerusform>%n other person of this tube: personal data erased (retention).</numerusform>
            <numerusform>%n other people of this tube: personal data erased (retention).</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown to %1, recorded in the audit log and reported to the province. Do not write these down or pass them on.</source>
        <translation>Shown to %1, recorded in the audit log and reported to the province. Do not write these down or pass them on.</translation>
    </message>
    <message>
        <source>Show the names and phone numbers of the recalled people of TUBE sampled at this station, to call them back (site lead; asks for the PIN; audited and reported to the province).</source>
        <translation>Show the names and phone numbers of the recalled people of TUBE sampled at this station, to call them back (site lead; asks for the PIN; audited and reported to the province).</translation>
    </message>
    <message>
        <source>Staff id of the site lead who calls (with --contact).</source>
        <translation>Staff id of the site lead who calls (with --contact).</translation>
    </message>
    <message>
        <source>--contact shows the contact details to read off; it writes no JSON.</source>
        <translation>--contact shows the contact details to read off; it writes no JSON.</translation>
    </message>
    <message>
        <source>A box code.</source>
        <translation>A box code.</translation>
    </message>
    <message>
        <source>Ask the server whether a person was sampled today, or a tube or box code used, at any table of the site. Prints the tables and times, never the ID number. Exit code 0: answered; 3: no answer.</source>
        <translation>Ask the server whether a person was sampled today, or a tube or box code used, at any table of the site. Prints the tables and times, never the ID number. Exit code 0: answered; 3: no answer.</translation>
    </message>
    <message>
        <source>Give --id-type TYPE (the number on standard input, in a file or on the terminal), --tube CODE, --box CODE, or more than one.</source>
        <translation>Give --id-type TYPE (the number on standard input, in a file or on the terminal), --tube CODE, --box CODE, or more than one.</translation>
    </message>
    <message>
        <source>Box code %1 is not used at any table of the site.</source>
        <translation>Box code %1 is not used at any table of the site.</translation>
    </message>
    <message>
        <source>Box %1 was packed at %2 and sealed at %3.</source>
        <translation>Box %1 was packed at %2 and sealed at %3.</translation>
    </message>
    <message>
        <source>Box %1 is being packed at %2 (opened at %3).</source>
        <translation>Box %1 is being packed at %2 (opened at %3).</translation>
    </message>
    <message>
        <source>It was handed over at %1 at %2.</source>
        <translation>It was handed over at %1 at %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n boxes have this code: keep them apart and tell the site lead (see sync-problems).</source>
        <translation>
            <numerusform>%n box has this code: keep them apart and tell the site lead (see sync-problems).</numerusform>
            <numerusform>%n boxes have this code: keep them apart and tell the site lead (see sync-problems).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::BoxHandOver</name>
    <message>
        <source>Choose at least one box to hand over.</source>
        <translation>Choose at least one box to hand over.</translation>
    </message>
    <message>
        <source>Enter who hands the boxes over and who carries them.</source>
        <translation>Enter who hands the boxes over and who carries them.</translation>
    </message>
    <message>
        <source>The first swab in %1 is more than 2 hours old: record the temperature.</source>
        <translation>The first swab in %1 is more than 2 hours old: record the temperature.</translation>
    </message>
    <message>
        <source>Box %1 was already handed over at %2 (%3).</source>
        <translation>Box %1 was already handed over at %2 (%3).</translation>
    </message>
    <message>
        <source>Box %1 is not known at this station, and the site&apos;s facts name no table that sealed it. The hub may be unreachable: check the sync status (F7) and try again once the station is in touch, or hand it over at the table that packed it.</source>
        <translation>Box %1 is not known at this station, and the site&apos;s facts name no table that sealed it. The hub may be unreachable: check the sync status (F7) and try again once the station is in touch, or hand it over at the table that packed it.</translation>
    </message>
    <message>
        <source>tube %1 was voided at %2</source>
        <translation>tube %1 was voided at %2</translation>
    </message>
    <message>
        <source>tube %1 is now in box %2 at %3</source>
        <translation>tube %1 is now in box %2 at %3</translation>
    </message>
    <message>
        <source>Box %1 does not reconcile: %2 sealed it with %3 tubes and %4 people; the site&apos;s facts list %5 tubes and %6 people.</source>
        <translation>Box %1 does not reconcile: %2 sealed it with %3 tubes and %4 people; the site&apos;s facts list %5 tubes and %6 people.</translation>
    </message>
    <message>
        <source>Also: %1.</source>
        <translation>Also: %1.</translation>
    </message>
    <message>
        <source>Do not hand it over; call the site lead.</source>
        <translation>Do not hand it over; call the site lead.</translation>
    </message>
    <message numerus="yes">
        <source>%n boxes have code %1 (packed at %2): this station cannot tell which one the courier takes. Hand each over at the table that packed it, with its own manifest.</source>
        <translation>
            <numerusform>%n box has code %1 (packed at %2): this station cannot tell which one the courier takes. Hand each over at the table that packed it, with its own manifest.</numerusform>
            <numerusform>%n boxes have code %1 (packed at %2): this station cannot tell which one the courier takes. Hand each over at the table that packed it, with its own manifest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::BoxPanel</name>
    <message>
        <source>Packing box</source>
        <translation>Packing box</translation>
    </message>
    <message>
        <source>Sealed box</source>
        <translation>Sealed box</translation>
    </message>
    <message>
        <source>No tube in this box yet. Scan a sealed tube.</source>
        <translation>No tube in this box yet. Scan a sealed tube.</translation>
    </message>
    <message>
        <source>%1 left of the 4-hour limit.</source>
        <translation>%1 left of the 4-hour limit.</translation>
    </message>
    <message>
        <source>The 4-hour clock starts with the first swab in the box.</source>
        <translation>The 4-hour clock starts with the first swab in the box.</translation>
    </message>
    <message>
        <source>%1 left of the 4-hour limit: record the temperature at hand-over.</source>
        <translation>%1 left of the 4-hour limit: record the temperature at hand-over.</translation>
    </message>
    <message>
        <source>The 4-hour limit passed %1 ago. Tell the lab and record the temperature.</source>
        <translation>The 4-hour limit passed %1 ago. Tell the lab and record the temperature.</translation>
    </message>
    <message>
        <source>Print box label (Ctrl+B)</source>
        <translation>Print box label (Ctrl+B)</translation>
    </message>
    <message>
        <source>Print manifest (Ctrl+M)</source>
        <translation>Print manifest (Ctrl+M)</translation>
    </message>
    <message>
        <source>Also sealed and waiting for hand-over: %1</source>
        <translation>Also sealed and waiting for hand-over: %1</translation>
    </message>
    <message>
        <source>Sealed box of %1</source>
        <translation>Sealed box of %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts agree: %1 in sealed tubes; %2 in boxes, %3 in %4 not yet boxed.</source>
        <translation>Counts agree: %1 in sealed tubes; %2 in boxes, %3 in %4 not yet boxed.</translation>
    </message>
    <message numerus="yes">
        <source>%n sealed tube(s)</source>
        <translation>
            <numerusform>%n sealed tube</numerusform>
            <numerusform>%n sealed tubes</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts differ: %1 in sealed tubes, but %2 in boxes and %3 in sealed tubes not yet boxed. Find the difference before hand-over.</source>
        <translation>Counts differ: %1 in sealed tubes, but %2 in boxes and %3 in sealed tubes not yet boxed. Find the difference before hand-over.</translation>
    </message>
    <message numerus="yes">
        <source>%n sealed tube(s) of this table went into boxes at other tables (%1).</source>
        <translation>
            <numerusform>%n sealed tube of this table went into boxes at other tables (%1).</numerusform>
            <numerusform>%n sealed tubes of this table went into boxes at other tables (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tube(s), %1</source>
        <translation>
            <numerusform>%n tube, %1</numerusform>
            <numerusform>%n tubes, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::CameraField</name>
    <message>
        <source>The camera that reads codes held up to it. The default camera is the one the system chooses (a built-in camera, or the first USB camera).</source>
        <translation>The camera that reads codes held up to it. The default camera is the one the system chooses (a built-in camera, or the first USB camera).</translation>
    </message>
    <message>
        <source>Default camera</source>
        <translation>Default camera</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>No camera</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (not connected)</translation>
    </message>
</context>
<context>
    <name>station::CameraPreview</name>
    <message>
        <source>No camera in use.</source>
        <translation>No camera in use.</translation>
    </message>
    <message>
        <source>One code at a time</source>
        <translation>One code at a time</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Read: %1</translation>
    </message>
    <message>
        <source>QR code read</source>
        <translation>QR code read</translation>
    </message>
</context>
<context>
    <name>station::Csv</name>
    <message>
        <source>The file is not UTF-8 text; save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>The file is not UTF-8 text; save it from the spreadsheet as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>Line %1: a quote inside a field that is not in quotes, or after the closing quote.</source>
        <translation>Line %1: a quote inside a field that is not in quotes, or after the closing quote.</translation>
    </message>
    <message>
        <source>Line %1: text after the closing quote of a field.</source>
        <translation>Line %1: text after the closing quote of a field.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Line %1: a quoted field is not closed.</translation>
    </message>
</context>
<context>
    <name>station::Database</name>
    <message>
        <source>Cannot create the folder %1 for the station database.</source>
        <translation>Cannot create the folder %1 for the station database.</translation>
    </message>
    <message>
        <source>opening the station database</source>
        <translation>opening the station database</translation>
    </message>
    <message>
        <source>reading the station database</source>
        <translation>reading the station database</translation>
    </message>
    <message>
        <source>This station database was written by a newer version of Sampling Station (schema %1; this version reads up to %2). Install the newer version; nothing was changed.</source>
        <translation>This station database was written by a newer version of Sampling Station (schema %1; this version reads up to %2). Install the newer version; nothing was changed.</translation>
    </message>
    <message>
        <source>upgrading the station database</source>
        <translation>upgrading the station database</translation>
    </message>
    <message>
        <source>The disk is full: %1 failed and nothing was saved. Free some space; everything recorded before is safe.</source>
        <translation>The disk is full: %1 failed and nothing was saved. Free some space; everything recorded before is safe.</translation>
    </message>
    <message>
        <source>The station database is busy (another program is using it): %1 failed. Try again.</source>
        <translation>The station database is busy (another program is using it): %1 failed. Try again.</translation>
    </message>
    <message>
        <source>The station database is damaged or is not a station database: %1 failed. Call IT support; do not delete the file.</source>
        <translation>The station database is damaged or is not a station database: %1 failed. Call IT support; do not delete the file.</translation>
    </message>
    <message>
        <source>The station database cannot be opened: %1 failed. Check that the folder exists and is writable.</source>
        <translation>The station database cannot be opened: %1 failed. Check that the folder exists and is writable.</translation>
    </message>
    <message>
        <source>Saving to the station database failed: %1. Nothing was changed.</source>
        <translation>Saving to the station database failed: %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot create the station database %1.</source>
        <translation>Cannot create the station database %1.</translation>
    </message>
    <message>
        <source>There is no station database at %1.</source>
        <translation>There is no station database at %1.</translation>
    </message>
</context>
<context>
    <name>station::Enrollment</name>
    <message>
        <source>No server address is set for sync.</source>
        <translation>No server address is set for sync.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>The server cannot be reached (%1).</translation>
    </message>
    <message>
        <source>The server refused the enrollment code. Check the code and the site, or ask for a new code (codes expire and may be used up).</source>
        <translation>The server refused the enrollment code. Check the code and the site, or ask for a new code (codes expire and may be used up).</translation>
    </message>
    <message>
        <source>This device id is already enrolled at another site.</source>
        <translation>This device id is already enrolled at another site.</translation>
    </message>
    <message>
        <source>The server refused this station&apos;s device token. Enroll the station again with a new code.</source>
        <translation>The server refused this station&apos;s device token. Enroll the station again with a new code.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>The server refused the request (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer carries a resident-code key that is not a public key, so the station was not enrolled. Tell the province&apos;s administrator.</source>
        <translation>The server&apos;s answer carries a resident-code key that is not a public key, so the station was not enrolled. Tell the province&apos;s administrator.</translation>
    </message>
    <message>
        <source>Table number %1 is already used by another station of this site (tables in use: %2). Free table numbers: %3 or any other not in use. Choose a free number for this station and join again: in Settings (F10), Table number, Save, then Join a site hub; or sampling-station-cli join --table N --operator STAFF_ID. If this laptop replaces that table&apos;s, ask the site lead to revoke the old one at the hub first.</source>
        <translation>Table number %1 is already used by another station of this site (tables in use: %2). Free table numbers: %3 or any other not in use. Choose a free number for this station and join again: in Settings (F10), Table number, Save, then Join a site hub; or sampling-station-cli join --table N --operator STAFF_ID. If this laptop replaces that table&apos;s, ask the site lead to revoke the old one at the hub first.</translation>
    </message>
</context>
<context>
    <name>station::FirstRunWizard</name>
    <message>
        <source>Set up this station</source>
        <translation>Set up this station</translation>
    </message>
    <message>
        <source>This station is not set up yet. Enter the sampling site, this table and the first operator. This is done once.</source>
        <translation>This station is not set up yet. Enter the sampling site, this table and the first operator. This is done once.</translation>
    </message>
    <message>
        <source>Site and table</source>
        <translation>Site and table</translation>
    </message>
    <message>
        <source>e.g. GZ-TH-0001</source>
        <translation>e.g. GZ-TH-0001</translation>
    </message>
    <message numerus="yes">
        <source>%n people per tube</source>
        <translation>
            <numerusform>%n person per tube</numerusform>
            <numerusform>%n people per tube</numerusform>
        </translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Site code</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Table number</source>
        <translation>Table number</translation>
    </message>
    <message>
        <source>Default pool size</source>
        <translation>Default pool size</translation>
    </message>
    <message>
        <source>Tube code pattern</source>
        <translation>Tube code pattern</translation>
    </message>
    <message>
        <source>Box code pattern</source>
        <translation>Box code pattern</translation>
    </message>
    <message>
        <source>First operator</source>
        <translation>First operator</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>Set up station</source>
        <translation>Set up station</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>The two PINs differ; type the same PIN twice.</translation>
    </message>
    <message>
        <source>Personal data protection</source>
        <translation>Personal data protection</translation>
    </message>
    <message>
        <source>Site passphrase (8+ characters)</source>
        <translation>Site passphrase (8+ characters)</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Names, ID numbers and phones are stored encrypted; the station asks for this passphrase when it starts.</source>
        <translation>Names, ID numbers and phones are stored encrypted; the station asks for this passphrase when it starts.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same passphrase twice.</source>
        <translation>The two passphrases differ; type the same passphrase twice.</translation>
    </message>
    <message>
        <source>Protecting the PIN and the personal data key…</source>
        <translation>Protecting the PIN and the personal data key…</translation>
    </message>
    <message>
        <source>PIN (6-12 digits)</source>
        <translation>PIN (6-12 digits)</translation>
    </message>
    <message>
        <source>Site hub (optional)</source>
        <translation>Site hub (optional)</translation>
    </message>
    <message>
        <source>If the site has a hub, scan the join code it shows: the site code comes from it, and the station joins the hub when it is set up. Without a hub, leave this empty.</source>
        <translation>If the site has a hub, scan the join code it shows: the site code comes from it, and the station joins the hub when it is set up. Without a hub, leave this empty.</translation>
    </message>
    <message>
        <source>Hub %1, site %2: the station joins it when it is set up.</source>
        <translation>Hub %1, site %2: the station joins it when it is set up.</translation>
    </message>
    <message>
        <source>The join code is for site %1, but the site code entered is %2. Correct the site code, or scan the join code of this site.</source>
        <translation>The join code is for site %1, but the site code entered is %2. Correct the site code, or scan the join code of this site.</translation>
    </message>
    <message>
        <source>The station is set up. Joining the site hub…</source>
        <translation>The station is set up. Joining the site hub…</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Keep these unless your province&apos;s labels differ. Tube codes: up to 4 letters, then 8 to 16 digits (e.g. GZ0000000001). Box codes: BX, then 6 to 18 letters or digits (e.g. BX00000001).</source>
        <translation>Keep these unless your province&apos;s labels differ. Tube codes: up to 4 letters, then 8 to 16 digits (e.g. GZ0000000001). Box codes: BX, then 6 to 18 letters or digits (e.g. BX00000001).</translation>
    </message>
    <message>
        <source>Pre-printed tube codes whose last character is not this check digit are refused. Station-generated codes (SG...) keep their own Damm check digit. It can be changed later in Settings (F10).</source>
        <translation>Pre-printed tube codes whose last character is not this check digit are refused. Station-generated codes (SG...) keep their own Damm check digit. It can be changed later in Settings (F10).</translation>
    </message>
    <message>
        <source>Check digit of pre-printed tube codes</source>
        <translation>Check digit of pre-printed tube codes</translation>
    </message>
    <message>
        <source>Join again</source>
        <translation>Join again</translation>
    </message>
    <message>
        <source>Not joined: %1 is used by another station of this site.</source>
        <translation>Not joined: %1 is used by another station of this site.</translation>
    </message>
    <message>
        <source>Joined the site hub as %1. The station is set up; press Continue to sign in.</source>
        <translation>Joined the site hub as %1. The station is set up; press Continue to sign in.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>%1 is already used at this site (free: %2). Choose another table number and press Join again, or press Finish and join later in Settings (F10). The station is set up; nothing is lost.</source>
        <translation>%1 is already used at this site (free: %2). Choose another table number and press Join again, or press Finish and join later in Settings (F10). The station is set up; nothing is lost.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The station did not join the site hub: %1 Press Join again, or press Finish and join later in Settings (F10). The station is set up; nothing is lost.</source>
        <translation>The station did not join the site hub: %1 Press Join again, or press Finish and join later in Settings (F10). The station is set up; nothing is lost.</translation>
    </message>
    <message>
        <source>This station is set up.</source>
        <translation>This station is set up.</translation>
    </message>
</context>
<context>
    <name>station::FocusLostWarning</name>
    <message>
        <source>Scanner input is not reaching the station: another window has the keyboard.
Click here to scan again.</source>
        <translation>Scanner input is not reaching the station: another window has the keyboard.
Click here to scan again.</translation>
    </message>
</context>
<context>
    <name>station::FreeTextPrivacy</name>
    <message>
        <source>A reason is kept unencrypted in the audit log and sent to the province, so it must not hold a resident&apos;s code, an ID number or a phone number. Say why in words.</source>
        <translation>A reason is kept unencrypted in the audit log and sent to the province, so it must not hold a resident&apos;s code, an ID number or a phone number. Say why in words.</translation>
    </message>
</context>
<context>
    <name>station::HandOverDialog</name>
    <message>
        <source>Hand over box %1</source>
        <translation>Hand over box %1</translation>
    </message>
    <message>
        <source>Name of the courier</source>
        <translation>Name of the courier</translation>
    </message>
    <message>
        <source>Required: the box is over 2 hours</source>
        <translation>Required: the box is over 2 hours</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <source>Carried by</source>
        <translation>Carried by</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>Temperature (°C)</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>The temperature &quot;%1&quot; is not a number of degrees Celsius.</source>
        <translation>The temperature &quot;%1&quot; is not a number of degrees Celsius.</translation>
    </message>
    <message>
        <source>Print manifest</source>
        <translation>Print manifest</translation>
    </message>
    <message>
        <source>Hand over boxes</source>
        <translation>Hand over boxes</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Packed at</source>
        <translation>Packed at</translation>
    </message>
    <message>
        <source>Tubes</source>
        <translation>Tubes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <source>4-hour limit</source>
        <translation>4-hour limit</translation>
    </message>
    <message>
        <source>this table</source>
        <translation>this table</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>%1 left, temperature</source>
        <translation>%1 left, temperature</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>over by %1</translation>
    </message>
    <message>
        <source>Required: a box is over 2 hours</source>
        <translation>Required: a box is over 2 hours</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) wait for the courier. Check those the courier takes now (Space in the list).</source>
        <translation>
            <numerusform>%n box waits for the courier. Check it if the courier takes it now (Space in the list).</numerusform>
            <numerusform>%n boxes wait for the courier. Check those the courier takes now (Space in the list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hand over %n box(es)</source>
        <translation>
            <numerusform>Hand over %n box</numerusform>
            <numerusform>Hand over %n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) handed over.</source>
        <translation>
            <numerusform>%n box handed over.</numerusform>
            <numerusform>%n boxes handed over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not handed over: %1</source>
        <translation>Not handed over: %1</translation>
    </message>
    <message numerus="yes">
        <source>Box %1 of %2: %n tube(s), %3 people.</source>
        <translation>
            <numerusform>Box %1 of %2: %n tube, %3 people.</numerusform>
            <numerusform>Box %1 of %2: %n tubes, %3 people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Box %1: %n tube(s), %2 people.</source>
        <translation>
            <numerusform>Box %1: %n tube, %2 people.</numerusform>
            <numerusform>Box %1: %n tubes, %2 people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chosen: %n box(es), %1.</source>
        <translation>
            <numerusform>Chosen: %n box, %1.</numerusform>
            <numerusform>Chosen: %n boxes, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tube(s), %1</source>
        <translation>
            <numerusform>%n tube, %1</numerusform>
            <numerusform>%n tubes, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::HubJoin</name>
    <message>
        <source>This join code is for site %1, but this station belongs to site %2. Ask for the join code of this station&apos;s site.</source>
        <translation>This join code is for site %1, but this station belongs to site %2. Ask for the join code of this station&apos;s site.</translation>
    </message>
    <message>
        <source>Checking the hub&apos;s certificate…</source>
        <translation>Checking the hub&apos;s certificate…</translation>
    </message>
    <message>
        <source>The hub at %1 cannot be reached (%2). Check that this station is on the site&apos;s network and that the hub is running.</source>
        <translation>The hub at %1 cannot be reached (%2). Check that this station is on the site&apos;s network and that the hub is running.</translation>
    </message>
    <message>
        <source>The server at %1 shows a different certificate from the one in the join code (fingerprint %2). Nothing was saved. Scan the code on the hub&apos;s own screen again; if it still differs, another computer may be answering in the hub&apos;s place: tell the site lead.</source>
        <translation>The server at %1 shows a different certificate from the one in the join code (fingerprint %2). Nothing was saved. Scan the code on the hub&apos;s own screen again; if it still differs, another computer may be answering in the hub&apos;s place: tell the site lead.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate could not be written into %1.</source>
        <translation>The hub&apos;s certificate could not be written into %1.</translation>
    </message>
    <message>
        <source>Enrolling this station at the hub…</source>
        <translation>Enrolling this station at the hub…</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>The province&apos;s resident-code key could not be saved to %1.</source>
        <translation>The province&apos;s resident-code key could not be saved to %1.</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>no answer within %1 seconds</translation>
    </message>
    <message>
        <source>The province&apos;s server at %1 cannot be reached (%2). Check that this station reaches the internet. Nothing was saved; a fallback set before stays in force.</source>
        <translation>The province&apos;s server at %1 cannot be reached (%2). Check that this station reaches the internet. Nothing was saved; a fallback set before stays in force.</translation>
    </message>
    <message>
        <source>Checking the province&apos;s certificate…</source>
        <translation>Checking the province&apos;s certificate…</translation>
    </message>
    <message>
        <source>The server at %1 shows a different certificate from the one in the join code (fingerprint %2). Nothing was saved; a fallback set before stays in force. Scan the province&apos;s join code again; if it still differs, another computer may be answering in the province&apos;s place: tell the site lead.</source>
        <translation>The server at %1 shows a different certificate from the one in the join code (fingerprint %2). Nothing was saved; a fallback set before stays in force. Scan the province&apos;s join code again; if it still differs, another computer may be answering in the province&apos;s place: tell the site lead.</translation>
    </message>
    <message>
        <source>Enrolling this station at the province as its fallback…</source>
        <translation>Enrolling this station at the province as its fallback…</translation>
    </message>
    <message>
        <source>This station could not enroll at the province as its fallback: %1 Nothing was saved; a fallback set before stays in force.</source>
        <translation>This station could not enroll at the province as its fallback: %1 Nothing was saved; a fallback set before stays in force.</translation>
    </message>
    <message>
        <source>This station could not enroll at the hub: %1 Nothing was saved.</source>
        <translation>This station could not enroll at the hub: %1 Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>station::HubJoinPanel</name>
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Use the camera</source>
        <translation>Use the camera</translation>
    </message>
    <message>
        <source>Scan the join code the hub shows (SSJOIN1;…)</source>
        <translation>Scan the join code the hub shows (SSJOIN1;…)</translation>
    </message>
    <message>
        <source>The site hub shows its join code as a QR code. Scan it with the handheld scanner or hold it to the camera; typing it also works.</source>
        <translation>The site hub shows its join code as a QR code. Scan it with the handheld scanner or hold it to the camera; typing it also works.</translation>
    </message>
    <message>
        <source>Joined the hub at %1 for site %2. Uploads go there from now on.</source>
        <translation>Joined the hub at %1 for site %2. Uploads go there from now on.</translation>
    </message>
    <message>
        <source>No camera is available. Scan the code with the handheld scanner.</source>
        <translation>No camera is available. Scan the code with the handheld scanner.</translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation>Stop the camera</translation>
    </message>
    <message>
        <source>Hold the join code to the camera.</source>
        <translation>Hold the join code to the camera.</translation>
    </message>
    <message>
        <source>Enrolled at the province (%1) as the fallback for site %2: records go there while the hub is out of reach.</source>
        <translation>Enrolled at the province (%1) as the fallback for site %2: records go there while the hub is out of reach.</translation>
    </message>
    <message>
        <source>Scan the province&apos;s join code (SSJOIN1;…)</source>
        <translation>Scan the province&apos;s join code (SSJOIN1;…)</translation>
    </message>
</context>
<context>
    <name>station::IdReveal</name>
    <message>
        <source>Say in the note why the full ID number is needed.</source>
        <translation>Say in the note why the full ID number is needed.</translation>
    </message>
    <message>
        <source>The note is too long; at most %1 characters.</source>
        <translation>The note is too long; at most %1 characters.</translation>
    </message>
    <message>
        <source>Do not write ID numbers or phone numbers in the note; it is kept in the audit log.</source>
        <translation>Do not write ID numbers or phone numbers in the note; it is kept in the audit log.</translation>
    </message>
    <message>
        <source>Sign in first: a full ID number is shown only to a signed-in operator.</source>
        <translation>Sign in first: a full ID number is shown only to a signed-in operator.</translation>
    </message>
    <message>
        <source>showing the ID number</source>
        <translation>showing the ID number</translation>
    </message>
    <message>
        <source>This sample is not at this station.</source>
        <translation>This sample is not at this station.</translation>
    </message>
    <message>
        <source>The personal data of this sample was erased after upload (retention); the full ID number is no longer at this station.</source>
        <translation>The personal data of this sample was erased after upload (retention); the full ID number is no longer at this station.</translation>
    </message>
    <message>
        <source>The stored ID number cannot be decrypted; it is damaged or belongs to another data key.</source>
        <translation>The stored ID number cannot be decrypted; it is damaged or belongs to another data key.</translation>
    </message>
    <message>
        <source>This station is not set up.</source>
        <translation>This station is not set up.</translation>
    </message>
    <message>
        <source>The resident asks to check their ID number</source>
        <translation>The resident asks to check their ID number</translation>
    </message>
    <message>
        <source>A result cannot be matched to the person</source>
        <translation>A result cannot be matched to the person</translation>
    </message>
    <message>
        <source>Checking a typed ID number against the document</source>
        <translation>Checking a typed ID number against the document</translation>
    </message>
    <message>
        <source>Check requested by the site lead</source>
        <translation>Check requested by the site lead</translation>
    </message>
    <message>
        <source>Other (say why in the note)</source>
        <translation>Other (say why in the note)</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>reading the audit log</translation>
    </message>
    <message>
        <source>Contacting a recalled person (name and phone number)</source>
        <translation>Contacting a recalled person (name and phone number)</translation>
    </message>
    <message>
        <source>A recalled person&apos;s contact details are shown from the recall list, not with their full ID number.</source>
        <translation>A recalled person&apos;s contact details are shown from the recall list, not with their full ID number.</translation>
    </message>
</context>
<context>
    <name>station::IdRevealLogDialog</name>
    <message>
        <source>Who saw full ID numbers</source>
        <translation>Who saw full ID numbers</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Tube and position</source>
        <translation>Tube and position</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reveal(s) in the last %1 days: full ID numbers, and recalled people&apos;s contact details (purpose &quot;contacting a recalled person&quot;).</source>
        <translation>
            <numerusform>%n reveal in the last %1 days: full ID numbers, and recalled people&apos;s contact details (purpose &quot;contacting a recalled person&quot;).</numerusform>
            <numerusform>%n reveals in the last %1 days: full ID numbers, and recalled people&apos;s contact details (purpose &quot;contacting a recalled person&quot;).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::LabelPrintLog</name>
    <message>
        <source>No tube or box code was given to print.</source>
        <translation>No tube or box code was given to print.</translation>
    </message>
    <message>
        <source>recording the print of %1</source>
        <translation>recording the print of %1</translation>
    </message>
    <message>
        <source>%1 was printed before: say why it is printed again.</source>
        <translation>%1 was printed before: say why it is printed again.</translation>
    </message>
</context>
<context>
    <name>station::LoginScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sampling Station</source>
        <translation>Sampling Station</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Tab moves between the fields; Enter signs in.</source>
        <translation>Tab moves between the fields; Enter signs in.</translation>
    </message>
    <message>
        <source>Enter your staff ID.</source>
        <translation>Enter your staff ID.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Checking the PIN…</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <source>Set my PIN and sign in</source>
        <translation>Set my PIN and sign in</translation>
    </message>
    <message>
        <source>Your PIN is a one-time PIN: set your own with sampling-station-cli first.</source>
        <translation>Your PIN is a one-time PIN: set your own with sampling-station-cli first.</translation>
    </message>
    <message>
        <source>%1, you signed in with a one-time PIN. Choose your own PIN (6 to 12 digits, not a run or one digit repeated) and type it twice. Esc cancels.</source>
        <translation>%1, you signed in with a one-time PIN. Choose your own PIN (6 to 12 digits, not a run or one digit repeated) and type it twice. Esc cancels.</translation>
    </message>
    <message>
        <source>Enter your new PIN.</source>
        <translation>Enter your new PIN.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type your new PIN again.</source>
        <translation>The two PINs differ. Type your new PIN again.</translation>
    </message>
    <message>
        <source>Setting your PIN…</source>
        <translation>Setting your PIN…</translation>
    </message>
    <message>
        <source>The PIN was not changed. Sign in again with the one-time PIN.</source>
        <translation>The PIN was not changed. Sign in again with the one-time PIN.</translation>
    </message>
    <message>
        <source>%1 · Table %2</source>
        <translation>%1 · Table %2</translation>
    </message>
</context>
<context>
    <name>station::MainWindow</name>
    <message>
        <source>Sampling Station</source>
        <translation>Sampling Station</translation>
    </message>
    <message>
        <source>Upload: not configured</source>
        <translation>Upload: not configured</translation>
    </message>
    <message>
        <source>Sign in first: the scan was not taken.</source>
        <translation>Sign in first: the scan was not taken.</translation>
    </message>
    <message>
        <source>Locked. Sign in to continue.</source>
        <translation>Locked. Sign in to continue.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n idle minute(s). Sign in to continue.</source>
        <translation>
            <numerusform>Locked after %n idle minute. Sign in to continue.</numerusform>
            <numerusform>Locked after %n idle minutes. Sign in to continue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>Operator: %1 (%2)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Sync problems</translation>
    </message>
    <message>
        <source>The printer in Settings (F10) cannot be used: %1</source>
        <translation>The printer in Settings (F10) cannot be used: %1</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Only a site lead or the station administrator manages the staff.</source>
        <translation>Only a site lead or the station administrator manages the staff.</translation>
    </message>
    <message>
        <source>%1 (%2) was signed in at table %3 from %4 to %5.</source>
        <translation>%1 (%2) was signed in at table %3 from %4 to %5.</translation>
    </message>
    <message>
        <source>A keyboard scan came apart: its first keys arrived as typing. Raise the longest gap between keys of a scan, or slow the scanner down.</source>
        <translation>A keyboard scan came apart: its first keys arrived as typing. Raise the longest gap between keys of a scan, or slow the scanner down.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · Table %2</source>
        <translation>%1 · Table %2</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>This station cannot show contact details.</source>
        <translation>This station cannot show contact details.</translation>
    </message>
    <message>
        <source>F4 Dashboard · F9 Staff · F10 Settings</source>
        <translation>F4 Dashboard · F9 Staff · F10 Settings</translation>
    </message>
    <message>
        <source>F4 · F9 · F10</source>
        <translation>F4 · F9 · F10</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>No camera found.</translation>
    </message>
    <message>
        <source>The camera was unplugged.</source>
        <translation>The camera was unplugged.</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>No camera</translation>
    </message>
</context>
<context>
    <name>station::ManualEntryDialog</name>
    <message>
        <source>Manual entry</source>
        <translation>Manual entry</translation>
    </message>
    <message>
        <source>For a resident without a code: type the details from their ID document.</source>
        <translation>For a resident without a code: type the details from their ID document.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Add to tube</source>
        <translation>Add to tube</translation>
    </message>
    <message>
        <source>The phone number must be 11 digits starting with 1, or + and 6-15 digits.</source>
        <translation>The phone number must be 11 digits starting with 1, or + and 6-15 digits.</translation>
    </message>
    <message>
        <source>Type the name.</source>
        <translation>Type the name.</translation>
    </message>
    <message>
        <source>Type the document number.</source>
        <translation>Type the document number.</translation>
    </message>
</context>
<context>
    <name>station::OutboxRelay</name>
    <message>
        <source>No server address is set for sync. Records stay on this station.</source>
        <translation>No server address is set for sync. Records stay on this station.</translation>
    </message>
    <message>
        <source>This station is not enrolled with the server yet. Enter the site&apos;s enrollment code; records stay on this station.</source>
        <translation>This station is not enrolled with the server yet. Enter the site&apos;s enrollment code; records stay on this station.</translation>
    </message>
    <message>
        <source>reading the records to upload</source>
        <translation>reading the records to upload</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Records stay on this station and are sent when the connection is back.</source>
        <translation>The server cannot be reached (%1). Records stay on this station and are sent when the connection is back.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not match the records sent. Records stay on this station.</source>
        <translation>The server&apos;s answer did not match the records sent. Records stay on this station.</translation>
    </message>
    <message>
        <source>saving the server&apos;s answer</source>
        <translation>saving the server&apos;s answer</translation>
    </message>
    <message>
        <source>The server refused this station&apos;s device token. Ask the site lead to enroll the station again; records stay on this station.</source>
        <translation>The server refused this station&apos;s device token. Ask the site lead to enroll the station again; records stay on this station.</translation>
    </message>
    <message>
        <source>The server does not allow this station to upload: %1 Records stay on this station.</source>
        <translation>The server does not allow this station to upload: %1 Records stay on this station.</translation>
    </message>
    <message>
        <source>The server could not read the upload: %1 Records stay on this station.</source>
        <translation>The server could not read the upload: %1 Records stay on this station.</translation>
    </message>
    <message>
        <source>The server could not store the records (%1). Nothing was lost; the station will try again.</source>
        <translation>The server could not store the records (%1). Nothing was lost; the station will try again.</translation>
    </message>
    <message>
        <source>The server answered with error %1. Records stay on this station and are sent again later.</source>
        <translation>The server answered with error %1. Records stay on this station and are sent again later.</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>reading the audit log</translation>
    </message>
    <message>
        <source>The province&apos;s server holds this station&apos;s audit log up to row %1, and this station&apos;s log no longer matches it: the log was cut or changed after it was synchronised. Records are still sent; tell the site lead and run sampling-station-cli check. Once the site lead has looked into it, an operator clears the warning with: sampling-station-cli check --acknowledge-anchor-mismatch --reason TEXT --operator STAFF_ID</source>
        <translation>The province&apos;s server holds this station&apos;s audit log up to row %1, and this station&apos;s log no longer matches it: the log was cut or changed after it was synchronised. Records are still sent; tell the site lead and run sampling-station-cli check. Once the site lead has looked into it, an operator clears the warning with: sampling-station-cli check --acknowledge-anchor-mismatch --reason TEXT --operator STAFF_ID</translation>
    </message>
    <message>
        <source>saving the site&apos;s notes</source>
        <translation>saving the site&apos;s notes</translation>
    </message>
    <message>
        <source>The site hub cannot be reached since %1 (%2). Records stay on this station; if the hub is still out of reach at %3 they go straight to the province.</source>
        <translation>The site hub cannot be reached since %1 (%2). Records stay on this station; if the hub is still out of reach at %3 they go straight to the province.</translation>
    </message>
    <message>
        <source>The site hub cannot be reached since %1 (%2), and the province is not ready as a fallback (%3). Records stay on this station and are sent when the connection is back.</source>
        <translation>The site hub cannot be reached since %1 (%2), and the province is not ready as a fallback (%3). Records stay on this station and are sent when the connection is back.</translation>
    </message>
    <message>
        <source>this station is not enrolled at the province</source>
        <translation>this station is not enrolled at the province</translation>
    </message>
    <message>
        <source>Neither the site hub nor the province can be reached (%1). Records stay on this station and are sent when the connection is back.</source>
        <translation>Neither the site hub nor the province can be reached (%1). Records stay on this station and are sent when the connection is back.</translation>
    </message>
    <message>
        <source>The province, reached straight while the site hub cannot be reached: %1</source>
        <translation>The province, reached straight while the site hub cannot be reached: %1</translation>
    </message>
</context>
<context>
    <name>station::Permissions</name>
    <message>
        <source>take samples</source>
        <translation>take samples</translation>
    </message>
    <message>
        <source>seal a tube early</source>
        <translation>seal a tube early</translation>
    </message>
    <message>
        <source>void a tube with samples in it</source>
        <translation>void a tube with samples in it</translation>
    </message>
    <message>
        <source>hand a box to the courier</source>
        <translation>hand a box to the courier</translation>
    </message>
    <message>
        <source>see a full ID number</source>
        <translation>see a full ID number</translation>
    </message>
    <message>
        <source>see who saw full ID numbers</source>
        <translation>see who saw full ID numbers</translation>
    </message>
    <message>
        <source>change the station&apos;s settings</source>
        <translation>change the station&apos;s settings</translation>
    </message>
    <message>
        <source>manage the staff</source>
        <translation>manage the staff</translation>
    </message>
    <message>
        <source>manage station administrators</source>
        <translation>manage station administrators</translation>
    </message>
    <message>
        <source>change the server</source>
        <translation>change the server</translation>
    </message>
    <message>
        <source>change the printers</source>
        <translation>change the printers</translation>
    </message>
    <message>
        <source>change how long personal data is kept</source>
        <translation>change how long personal data is kept</translation>
    </message>
    <message>
        <source>write a backup of the station</source>
        <translation>write a backup of the station</translation>
    </message>
    <message>
        <source>erase personal data</source>
        <translation>erase personal data</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>checking what the operator may do</source>
        <translation>checking what the operator may do</translation>
    </message>
    <message>
        <source>%1 is disabled at this station; ask the site lead.</source>
        <translation>%1 is disabled at this station; ask the site lead.</translation>
    </message>
    <message>
        <source>%1 signed in with a one-time PIN: choose your own PIN first.</source>
        <translation>%1 signed in with a one-time PIN: choose your own PIN first.</translation>
    </message>
    <message>
        <source>A %1 may not %2; ask the site lead.</source>
        <translation>A %1 may not %2; ask the site lead.</translation>
    </message>
    <message>
        <source>A %1 may not %2; ask the station administrator.</source>
        <translation>A %1 may not %2; ask the station administrator.</translation>
    </message>
    <message>
        <source>see a recalled person&apos;s name and phone number</source>
        <translation>see a recalled person&apos;s name and phone number</translation>
    </message>
</context>
<context>
    <name>station::ReachProbe</name>
    <message>
        <source>no connection within %1 ms</source>
        <translation>no connection within %1 ms</translation>
    </message>
</context>
<context>
    <name>station::ReasonDialog</name>
    <message>
        <source>Or type another reason</source>
        <translation>Or type another reason</translation>
    </message>
    <message>
        <source>Type the reason</source>
        <translation>Type the reason</translation>
    </message>
    <message>
        <source>A reason is required: pick one with the arrow keys or its number, or type one.</source>
        <translation>A reason is required: pick one with the arrow keys or its number, or type one.</translation>
    </message>
    <message>
        <source>A reason is required: type it.</source>
        <translation>A reason is required: type it.</translation>
    </message>
    <message>
        <source>A scanned code is not a reason: it was not written here. Pick a reason or type one.</source>
        <translation>A scanned code is not a reason: it was not written here. Pick a reason or type one.</translation>
    </message>
</context>
<context>
    <name>station::RecallContact</name>
    <message>
        <source>Sign in first: a recalled person&apos;s contact details are shown only to a signed-in site lead.</source>
        <translation>Sign in first: a recalled person&apos;s contact details are shown only to a signed-in site lead.</translation>
    </message>
    <message>
        <source>Name the recalled tube whose people are to be contacted.</source>
        <translation>Name the recalled tube whose people are to be contacted.</translation>
    </message>
    <message>
        <source>showing the contact details</source>
        <translation>showing the contact details</translation>
    </message>
    <message>
        <source>The recall of tube %1 is closed: its people were sampled again and the province has their samples.</source>
        <translation>The recall of tube %1 is closed: its people were sampled again and the province has their samples.</translation>
    </message>
    <message>
        <source>No recall of tube %1 is known at this station. Recalls come with the site&apos;s facts: fetch the newest and look again.</source>
        <translation>No recall of tube %1 is known at this station. Recalls come with the site&apos;s facts: fetch the newest and look again.</translation>
    </message>
    <message>
        <source>Tube %1 was sampled at %2: the contact details of its people are kept there. Open the recall list at %2.</source>
        <translation>Tube %1 was sampled at %2: the contact details of its people are kept there. Open the recall list at %2.</translation>
    </message>
    <message>
        <source>The personal data of tube %1&apos;s people was erased after upload (retention): their contact details are no longer at this station.</source>
        <translation>The personal data of tube %1&apos;s people was erased after upload (retention): their contact details are no longer at this station.</translation>
    </message>
    <message>
        <source>Everyone recalled from tube %1 was sampled again: nobody is left to contact.</source>
        <translation>Everyone recalled from tube %1 was sampled again: nobody is left to contact.</translation>
    </message>
    <message>
        <source>This station is not set up.</source>
        <translation>This station is not set up.</translation>
    </message>
    <message>
        <source>A stored name or phone number cannot be decrypted; it is damaged or belongs to another data key.</source>
        <translation>A stored name or phone number cannot be decrypted; it is damaged or belongs to another data key.</translation>
    </message>
    <message>
        <source>Tube %1&apos;s recall changed meanwhile: nobody is left to contact.</source>
        <translation>Tube %1&apos;s recall changed meanwhile: nobody is left to contact.</translation>
    </message>
</context>
<context>
    <name>station::RecallContactDialog</name>
    <message>
        <source>Show contact details</source>
        <translation>Show contact details</translation>
    </message>
    <message>
        <source>Contact details: tube %1</source>
        <translation>Contact details: tube %1</translation>
    </message>
    <message>
        <source>Tube %1 (%2) is recalled: call each person below and ask them to come back to be sampled again alone (单管单采).</source>
        <translation>Tube %1 (%2) is recalled: call each person below and ask them to come back to be sampled again alone (单管单采).</translation>
    </message>
    <message>
        <source>Names and phone numbers are shown after your PIN. Your staff ID, each person&apos;s record and the purpose are recorded and reported to the province. Nothing here can be copied, printed or saved; closing this window forgets the list.</source>
        <translation>Names and phone numbers are shown after your PIN. Your staff ID, each person&apos;s record and the purpose are recorded and reported to the province. Nothing here can be copied, printed or saved; closing this window forgets the list.</translation>
    </message>
    <message>
        <source>Your PIN (%1)</source>
        <translation>Your PIN (%1)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>ID number (masked)</source>
        <translation>ID number (masked)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>People to call back</source>
        <translation>People to call back</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <source>(no phone number)</source>
        <translation>(no phone number)</translation>
    </message>
    <message numerus="yes">
        <source>%n other person(s) of this tube were already sampled again.</source>
        <translation>
            <numerusform>%n other person of this tube was already sampled again.</numerusform>
            <numerusform>%n other people of this tube were already sampled again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other person(s) of this tube: their personal data was erased after upload (retention).</source>
        <translation>
            <numerusform>%n other person of this tube: their personal data was erased after upload (retention).</numerusform>
            <numerusform>%n other people of this tube: their personal data was erased after upload (retention).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Checking the PIN…</translation>
    </message>
    <message>
        <source>The names and phone numbers of this tube&apos;s people still to be sampled again. Your staff ID, each person&apos;s record and the purpose were recorded and are reported to the province. Nothing here can be copied, printed or saved; closing this window forgets the list.</source>
        <translation>The names and phone numbers of this tube&apos;s people still to be sampled again. Your staff ID, each person&apos;s record and the purpose were recorded and are reported to the province. Nothing here can be copied, printed or saved; closing this window forgets the list.</translation>
    </message>
    <message>
        <source>Not listed: %1</source>
        <translation>Not listed: %1</translation>
    </message>
</context>
<context>
    <name>station::RevealIdDialog</name>
    <message>
        <source>Show the number</source>
        <translation>Show the number</translation>
    </message>
    <message>
        <source>Show full ID number</source>
        <translation>Show full ID number</translation>
    </message>
    <message>
        <source>Tube %1, position %2: %3</source>
        <translation>Tube %1, position %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>The full number is shown for %n second(s), then masked again. Your staff ID, this resident&apos;s record and your reason are recorded and reported to the province.</source>
        <translation>
            <numerusform>The full number is shown for %n second, then masked again. Your staff ID, this resident&apos;s record and your reason are recorded and reported to the province.</numerusform>
            <numerusform>The full number is shown for %n seconds, then masked again. Your staff ID, this resident&apos;s record and your reason are recorded and reported to the province.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required for &quot;Other&quot;; never an ID or phone number</source>
        <translation>Required for &quot;Other&quot;; never an ID or phone number</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Your PIN (%1)</source>
        <translation>Your PIN (%1)</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <source>The number is masked again.</source>
        <translation>The number is masked again.</translation>
    </message>
    <message numerus="yes">
        <source>Masked again in %n second(s).</source>
        <translation>
            <numerusform>Masked again in %n second.</numerusform>
            <numerusform>Masked again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Checking the PIN…</translation>
    </message>
</context>
<context>
    <name>station::SamplingScreen</name>
    <message>
        <source>Open tube</source>
        <translation>Open tube</translation>
    </message>
    <message numerus="yes">
        <source>%n people per tube</source>
        <translation>
            <numerusform>%n person per tube</numerusform>
            <numerusform>%n people per tube</numerusform>
        </translation>
    </message>
    <message>
        <source>People in this tube</source>
        <translation>People in this tube</translation>
    </message>
    <message>
        <source>Scan a code, or type it and press Enter (Up/Down selects a person)</source>
        <translation>Scan a code, or type it and press Enter (Up/Down selects a person)</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>Undo last</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Seal early</source>
        <translation>Seal early</translation>
    </message>
    <message>
        <source>Void tube</source>
        <translation>Void tube</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>Manual entry</translation>
    </message>
    <message>
        <source>Today&apos;s list</source>
        <translation>Today&apos;s list</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>No open tube</source>
        <translation>No open tube</translation>
    </message>
    <message>
        <source>Scan a tube code to open the next tube.</source>
        <translation>Scan a tube code to open the next tube.</translation>
    </message>
    <message>
        <source>First swab at %1</source>
        <translation>First swab at %1</translation>
    </message>
    <message>
        <source>No swab in this tube yet.</source>
        <translation>No swab in this tube yet.</translation>
    </message>
    <message>
        <source>Sample again</source>
        <translation>Sample again</translation>
    </message>
    <message>
        <source>Hand over box</source>
        <translation>Hand over box</translation>
    </message>
    <message>
        <source>%1: hide</source>
        <translation>%1: hide</translation>
    </message>
    <message>
        <source>Print tube label</source>
        <translation>Print tube label</translation>
    </message>
    <message>
        <source>Full ID number</source>
        <translation>Full ID number</translation>
    </message>
    <message>
        <source>Print box label</source>
        <translation>Print box label</translation>
    </message>
    <message>
        <source>Print manifest</source>
        <translation>Print manifest</translation>
    </message>
    <message>
        <source>Retry printing</source>
        <translation>Retry printing</translation>
    </message>
    <message>
        <source>Show or hide the camera picture</source>
        <translation>Show or hide the camera picture</translation>
    </message>
    <message>
        <source>The next tube opens by itself and its label is printed.</source>
        <translation>The next tube opens by itself and its label is printed.</translation>
    </message>
    <message>
        <source>This station cannot show full ID numbers.</source>
        <translation>This station cannot show full ID numbers.</translation>
    </message>
    <message>
        <source>Select a person in the open tube first (Up/Down), then press Ctrl+I; earlier tubes are in today&apos;s list (F3).</source>
        <translation>Select a person in the open tube first (Up/Down), then press Ctrl+I; earlier tubes are in today&apos;s list (F3).</translation>
    </message>
    <message>
        <source>A code typed here is recorded as typed by hand.</source>
        <translation>A code typed here is recorded as typed by hand.</translation>
    </message>
    <message>
        <source>Since then: %1</source>
        <translation>Since then: %1</translation>
    </message>
    <message>
        <source>Scan the next sealed tube, or the box code to seal the box.</source>
        <translation>Scan the next sealed tube, or the box code to seal the box.</translation>
    </message>
    <message>
        <source>Scan the next person.</source>
        <translation>Scan the next person.</translation>
    </message>
    <message>
        <source>Scan a tube code to open a tube.</source>
        <translation>Scan a tube code to open a tube.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>The station recovered from an unexpected stop. Tube %1 is still open with %2 of %3 people. Last record: %4. Check it, then scan the next person.</source>
        <translation>The station recovered from an unexpected stop. Tube %1 is still open with %2 of %3 people. Last record: %4. Check it, then scan the next person.</translation>
    </message>
    <message>
        <source>Sealed tube</source>
        <translation>Sealed tube</translation>
    </message>
    <message>
        <source>✕ Last scan refused</source>
        <translation>✕ Last scan refused</translation>
    </message>
    <message>
        <source>✕ Last action refused</source>
        <translation>✕ Last action refused</translation>
    </message>
    <message>
        <source>Put the label on this tube</source>
        <translation>Put the label on this tube</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Hand it over with Ctrl+H.</source>
        <translation>%1 Hand it over with Ctrl+H.</translation>
    </message>
    <message>
        <source>Box label and manifest NOT printed (no printer): set one in F10, then Ctrl+B, Ctrl+M.</source>
        <translation>Box label and manifest NOT printed (no printer): set one in F10, then Ctrl+B, Ctrl+M.</translation>
    </message>
    <message>
        <source>Printing the box label and manifest on %1.</source>
        <translation>Printing the box label and manifest on %1.</translation>
    </message>
    <message>
        <source>Box label and manifest NOT both sent to the printer: Ctrl+B, Ctrl+M.</source>
        <translation>Box label and manifest NOT both sent to the printer: Ctrl+B, Ctrl+M.</translation>
    </message>
    <message>
        <source>Ctrl+E seals it.</source>
        <translation>Ctrl+E seals it.</translation>
    </message>
    <message>
        <source>⚠ Recalled person: sampled alone</source>
        <translation>⚠ Recalled person: sampled alone</translation>
    </message>
    <message>
        <source>⚠ Recalled person: not yet sampled again</source>
        <translation>⚠ Recalled person: not yet sampled again</translation>
    </message>
    <message>
        <source>another table</source>
        <translation>another table</translation>
    </message>
    <message>
        <source>⚠ Put the label on, and mark it for the site lead: code also used at %1</source>
        <translation>⚠ Put the label on, and mark it for the site lead: code also used at %1</translation>
    </message>
    <message>
        <source>✕ Code also used at %1: nobody goes in. Scan a new tube</source>
        <translation>✕ Code also used at %1: nobody goes in. Scan a new tube</translation>
    </message>
    <message>
        <source>✕ Code also used at %1: nobody more goes in. Seal it: Ctrl+E</source>
        <translation>✕ Code also used at %1: nobody more goes in. Seal it: Ctrl+E</translation>
    </message>
    <message numerus="yes">
        <source>Tube %1 was voided. Call %n person(s) back and sample them again:</source>
        <translation>
            <numerusform>Tube %1 was voided. Call %n person back and sample them again:</numerusform>
            <numerusform>Tube %1 was voided. Call %n people back and sample them again:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::SamplingService</name>
    <message>
        <source>Box %1 is not known at this station.</source>
        <translation>Box %1 is not known at this station.</translation>
    </message>
    <message>
        <source>Box %1 was already used; take a new box or bag.</source>
        <translation>Box %1 was already used; take a new box or bag.</translation>
    </message>
    <message>
        <source>Box %1 is still being packed. Seal it before starting box %2.</source>
        <translation>Box %1 is still being packed. Seal it before starting box %2.</translation>
    </message>
    <message>
        <source>opening box %1</source>
        <translation>opening box %1</translation>
    </message>
    <message>
        <source>No box is being packed. Scan the box code first.</source>
        <translation>No box is being packed. Scan the box code first.</translation>
    </message>
    <message>
        <source>Tube %1 is not known at this station.</source>
        <translation>Tube %1 is not known at this station.</translation>
    </message>
    <message>
        <source>Tube %1 is still open. Seal it before it goes into a box.</source>
        <translation>Tube %1 is still open. Seal it before it goes into a box.</translation>
    </message>
    <message>
        <source>Tube %1 was voided and must not be sent to the lab.</source>
        <translation>Tube %1 was voided and must not be sent to the lab.</translation>
    </message>
    <message>
        <source>Tube %1 is already in box %2.</source>
        <translation>Tube %1 is already in box %2.</translation>
    </message>
    <message>
        <source>putting tube %1 into box %2</source>
        <translation>putting tube %1 into box %2</translation>
    </message>
    <message>
        <source>No box is being packed.</source>
        <translation>No box is being packed.</translation>
    </message>
    <message>
        <source>Box %1 is empty. Scan sealed tubes into it first.</source>
        <translation>Box %1 is empty. Scan sealed tubes into it first.</translation>
    </message>
    <message>
        <source>sealing box %1</source>
        <translation>sealing box %1</translation>
    </message>
    <message>
        <source>Box %1 is still being packed; seal it first.</source>
        <translation>Box %1 is still being packed; seal it first.</translation>
    </message>
    <message>
        <source>Box %1 was already handed over.</source>
        <translation>Box %1 was already handed over.</translation>
    </message>
    <message>
        <source>Enter who hands the box over and who carries it.</source>
        <translation>Enter who hands the box over and who carries it.</translation>
    </message>
    <message>
        <source>The first swab in box %1 is more than 2 hours old: record the temperature.</source>
        <translation>The first swab in box %1 is more than 2 hours old: record the temperature.</translation>
    </message>
    <message>
        <source>checking box %1</source>
        <translation>checking box %1</translation>
    </message>
    <message>
        <source>Box %1 does not reconcile: sealed with %2 tubes and %3 people, now %4 tubes and %5 people. Do not hand it over; call the site lead.</source>
        <translation>Box %1 does not reconcile: sealed with %2 tubes and %3 people, now %4 tubes and %5 people. Do not hand it over; call the site lead.</translation>
    </message>
    <message>
        <source>handing over box %1</source>
        <translation>handing over box %1</translation>
    </message>
    <message>
        <source>No tube is open. Scan the tube first, then the resident.</source>
        <translation>No tube is open. Scan the tube first, then the resident.</translation>
    </message>
    <message>
        <source>Tube %1 is full. Scan the next tube.</source>
        <translation>Tube %1 is full. Scan the next tube.</translation>
    </message>
    <message>
        <source>saving the sample in tube %1</source>
        <translation>saving the sample in tube %1</translation>
    </message>
    <message>
        <source>%1 (%2) is already in tube %3 at position %4.</source>
        <translation>%1 (%2) is already in tube %3 at position %4.</translation>
    </message>
    <message>
        <source>%1 (%2) was already sampled today at %3 in tube %4. Sample again?</source>
        <translation>%1 (%2) was already sampled today at %3 in tube %4. Sample again?</translation>
    </message>
    <message>
        <source>Say why the person is removed (a reason is required).</source>
        <translation>Say why the person is removed (a reason is required).</translation>
    </message>
    <message>
        <source>That sample is not known.</source>
        <translation>That sample is not known.</translation>
    </message>
    <message>
        <source>That person was already removed from tube %1.</source>
        <translation>That person was already removed from tube %1.</translation>
    </message>
    <message>
        <source>Tube %1 is sealed; people can only be removed from the open tube. Void the tube if its swabs are unusable.</source>
        <translation>Tube %1 is sealed; people can only be removed from the open tube. Void the tube if its swabs are unusable.</translation>
    </message>
    <message>
        <source>Tube %1 is %2; people can only be removed from the open tube.</source>
        <translation>Tube %1 is %2; people can only be removed from the open tube.</translation>
    </message>
    <message>
        <source>removing a person from tube %1</source>
        <translation>removing a person from tube %1</translation>
    </message>
    <message>
        <source>There is nobody to undo.</source>
        <translation>There is nobody to undo.</translation>
    </message>
    <message>
        <source>Sign in before sampling.</source>
        <translation>Sign in before sampling.</translation>
    </message>
    <message>
        <source>The pool size must be 1, 5, 10 or 20 people a tube.</source>
        <translation>The pool size must be 1, 5, 10 or 20 people a tube.</translation>
    </message>
    <message>
        <source>opening tube %1</source>
        <translation>opening tube %1</translation>
    </message>
    <message>
        <source>Tube %1 is already the open tube.</source>
        <translation>Tube %1 is already the open tube.</translation>
    </message>
    <message>
        <source>Tube %1 was already used (%2). A tube code is never used twice: take a new tube.</source>
        <translation>Tube %1 was already used (%2). A tube code is never used twice: take a new tube.</translation>
    </message>
    <message>
        <source>Tube %1 is open with %2 of %3 people. Fill it or seal it early before starting tube %4.</source>
        <translation>Tube %1 is open with %2 of %3 people. Fill it or seal it early before starting tube %4.</translation>
    </message>
    <message>
        <source>Replaced by tube %1 before the first swab</source>
        <translation>Replaced by tube %1 before the first swab</translation>
    </message>
    <message>
        <source>No tube is open. Scan a tube first.</source>
        <translation>No tube is open. Scan a tube first.</translation>
    </message>
    <message>
        <source>Tube %1 already has people; its pool size can no longer change.</source>
        <translation>Tube %1 already has people; its pool size can no longer change.</translation>
    </message>
    <message>
        <source>changing the pool size of tube %1</source>
        <translation>changing the pool size of tube %1</translation>
    </message>
    <message>
        <source>Say why the tube is sealed before it is full (a reason is required).</source>
        <translation>Say why the tube is sealed before it is full (a reason is required).</translation>
    </message>
    <message>
        <source>No tube is open.</source>
        <translation>No tube is open.</translation>
    </message>
    <message>
        <source>Tube %1 is empty; there is nothing to seal. Use it, or void it.</source>
        <translation>Tube %1 is empty; there is nothing to seal. Use it, or void it.</translation>
    </message>
    <message>
        <source>sealing tube %1</source>
        <translation>sealing tube %1</translation>
    </message>
    <message>
        <source>Say why the tube is voided (a reason is required).</source>
        <translation>Say why the tube is voided (a reason is required).</translation>
    </message>
    <message>
        <source>Tube %1 is %2 and can no longer be voided here.</source>
        <translation>Tube %1 is %2 and can no longer be voided here.</translation>
    </message>
    <message>
        <source>voiding tube %1</source>
        <translation>voiding tube %1</translation>
    </message>
    <message>
        <source>opening a tube under a new station code</source>
        <translation>opening a tube under a new station code</translation>
    </message>
    <message>
        <source>This station cannot generate more tube codes (table %1, number %2). Use pre-printed tubes.</source>
        <translation>This station cannot generate more tube codes (table %1, number %2). Use pre-printed tubes.</translation>
    </message>
    <message>
        <source>The generated tube code %1 does not match this site&apos;s tube pattern %2. Change the pattern or use pre-printed tubes.</source>
        <translation>The generated tube code %1 does not match this site&apos;s tube pattern %2. Change the pattern or use pre-printed tubes.</translation>
    </message>
    <message>
        <source>The next %1 generated tube codes were all used already. Check the station database; meanwhile use pre-printed tubes.</source>
        <translation>The next %1 generated tube codes were all used already. Check the station database; meanwhile use pre-printed tubes.</translation>
    </message>
    <message>
        <source>The tube is full; scan the next tube.</source>
        <translation>The tube is full; scan the next tube.</translation>
    </message>
    <message>
        <source>The tube is not open.</source>
        <translation>The tube is not open.</translation>
    </message>
    <message>
        <source>The box is not open.</source>
        <translation>The box is not open.</translation>
    </message>
    <message>
        <source>This person is already in the tube.</source>
        <translation>This person is already in the tube.</translation>
    </message>
    <message>
        <source>This tube code was already used.</source>
        <translation>This tube code was already used.</translation>
    </message>
    <message>
        <source>This box code was already used.</source>
        <translation>This box code was already used.</translation>
    </message>
    <message>
        <source>Another tube is already open.</source>
        <translation>Another tube is already open.</translation>
    </message>
    <message>
        <source>Another box is already open.</source>
        <translation>Another box is already open.</translation>
    </message>
    <message>
        <source>Between 1 and %1 tube codes can be reserved at a time.</source>
        <translation>Between 1 and %1 tube codes can be reserved at a time.</translation>
    </message>
    <message numerus="yes">
        <source>reserving %n tube code(s)</source>
        <translation>
            <numerusform>reserving %n tube code</numerusform>
            <numerusform>reserving %n tube codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Tube %1 is not a tube sealed at another table of this site.</source>
        <translation>Tube %1 is not a tube sealed at another table of this site.</translation>
    </message>
    <message>
        <source>Tube %1 is a tube of this station, not of another table.</source>
        <translation>Tube %1 is a tube of this station, not of another table.</translation>
    </message>
    <message>
        <source>checking tube %1</source>
        <translation>checking tube %1</translation>
    </message>
    <message>
        <source>putting tube %1 of %2 into box %3</source>
        <translation>putting tube %1 of %2 into box %3</translation>
    </message>
    <message>
        <source>Box %1 is not a box of another table of this site.</source>
        <translation>Box %1 is not a box of another table of this site.</translation>
    </message>
    <message>
        <source>handing over box %1 of %2</source>
        <translation>handing over box %1 of %2</translation>
    </message>
    <message>
        <source>Tube %1 is the open pooled tube. Take a NEW tube for %2 alone and scan its code.</source>
        <translation>Tube %1 is the open pooled tube. Take a NEW tube for %2 alone and scan its code.</translation>
    </message>
    <message>
        <source>sampling a person alone in a new tube</source>
        <translation>sampling a person alone in a new tube</translation>
    </message>
    <message>
        <source>This station cannot generate a tube code for a single tube. Take a new pre-printed tube and scan its code.</source>
        <translation>This station cannot generate a tube code for a single tube. Take a new pre-printed tube and scan its code.</translation>
    </message>
    <message>
        <source>%1 °C cannot be the temperature in a transport box (from %2 to %3 °C). Read the thermometer again.</source>
        <translation>%1 °C cannot be the temperature in a transport box (from %2 to %3 °C). Read the thermometer again.</translation>
    </message>
    <message>
        <source>Not a box code of this site: read %1.</source>
        <translation>Not a box code of this site: read %1.</translation>
    </message>
    <message>
        <source>Not a tube code of this site: read %1.</source>
        <translation>Not a tube code of this site: read %1.</translation>
    </message>
    <message>
        <source>another table</source>
        <translation>another table</translation>
    </message>
    <message>
        <source>Tube %1&apos;s code was also used at %2: nobody goes into it. Put it aside, mark it for the site lead, and scan a new tube (this empty one is then replaced).</source>
        <translation>Tube %1&apos;s code was also used at %2: nobody goes into it. Put it aside, mark it for the site lead, and scan a new tube (this empty one is then replaced).</translation>
    </message>
    <message numerus="yes">
        <source>Tube %1&apos;s code was also used at %2: no one more goes into it. Seal it now (its %n people stay in it), mark it for the site lead, and open a new tube.</source>
        <translation>
            <numerusform>Tube %1&apos;s code was also used at %2: no one more goes into it. Seal it now (its %n person stays in it), mark it for the site lead, and open a new tube.</numerusform>
            <numerusform>Tube %1&apos;s code was also used at %2: no one more goes into it. Seal it now (its %n people stay in it), mark it for the site lead, and open a new tube.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::ScanRouter</name>
    <message>
        <source>Sign in first: scans are not taken while the station is locked.</source>
        <translation>Sign in first: scans are not taken while the station is locked.</translation>
    </message>
    <message>
        <source>This code is not a tube, box or resident code.</source>
        <translation>This code is not a tube, box or resident code.</translation>
    </message>
    <message>
        <source>Tube %1 is open for %2 people. Scan the residents.</source>
        <translation>Tube %1 is open for %2 people. Scan the residents.</translation>
    </message>
    <message>
        <source>Not recorded: %1 was already sampled today and the re-test was not confirmed.</source>
        <translation>Not recorded: %1 was already sampled today and the re-test was not confirmed.</translation>
    </message>
    <message>
        <source>%1 added. Tube %2 is full (%3 / %3) and sealed. Scan the next tube.</source>
        <translation>%1 added. Tube %2 is full (%3 / %3) and sealed. Scan the next tube.</translation>
    </message>
    <message>
        <source>%1 added to tube %2 (%3 / %4).</source>
        <translation>%1 added to tube %2 (%3 / %4).</translation>
    </message>
    <message>
        <source>Box %1 is open. Scan the sealed tubes to pack, then scan the box code again to seal it.</source>
        <translation>Box %1 is open. Scan the sealed tubes to pack, then scan the box code again to seal it.</translation>
    </message>
    <message>
        <source>Box %1 is still open. Scan %1 again to seal it before opening box %2.</source>
        <translation>Box %1 is still open. Scan %1 again to seal it before opening box %2.</translation>
    </message>
    <message>
        <source>Finish packing box %1 first (scan the box code again to seal it).</source>
        <translation>Finish packing box %1 first (scan the box code again to seal it).</translation>
    </message>
    <message>
        <source>The birth date in the ID number of this code is not a real date. Nothing was recorded.</source>
        <translation>The birth date in the ID number of this code is not a real date. Nothing was recorded.</translation>
    </message>
    <message>
        <source>The birth date in the ID number of this code is in the future. Nothing was recorded.</source>
        <translation>The birth date in the ID number of this code is in the future. Nothing was recorded.</translation>
    </message>
    <message>
        <source>A scan arrived while a question or window was open and was NOT taken. Finish it, then scan again.</source>
        <translation>A scan arrived while a question or window was open and was NOT taken. Finish it, then scan again.</translation>
    </message>
    <message>
        <source>This code may be forged or altered: its signature does not match the province&apos;s key. Nothing was recorded. Ask the resident to refresh the code in the app and scan it again, or enter the person from their ID card.</source>
        <translation>This code may be forged or altered: its signature does not match the province&apos;s key. Nothing was recorded. Ask the resident to refresh the code in the app and scan it again, or enter the person from their ID card.</translation>
    </message>
    <message>
        <source>This resident code is not signed, and this site accepts only signed codes. Nothing was recorded. Ask the resident to refresh the code in the app, or enter the person from their ID card.</source>
        <translation>This resident code is not signed, and this site accepts only signed codes. Nothing was recorded. Ask the resident to refresh the code in the app, or enter the person from their ID card.</translation>
    </message>
    <message>
        <source>This site accepts only signed resident codes, but the station has no province key to check them. Nothing was recorded. Enter the person from their ID card, and ask the site lead to enroll the station again or to change the choice in Settings.</source>
        <translation>This site accepts only signed resident codes, but the station has no province key to check them. Nothing was recorded. Enter the person from their ID card, and ask the site lead to enroll the station again or to change the choice in Settings.</translation>
    </message>
    <message>
        <source>Tube code %1 was already used at %2 (%3). Do not use this tube: put it aside for the site lead, take a new tube and scan its code.</source>
        <translation>Tube code %1 was already used at %2 (%3). Do not use this tube: put it aside for the site lead, take a new tube and scan its code.</translation>
    </message>
    <message>
        <source>Not recorded: %1 was already sampled today at %2 at %3 and the re-test was not confirmed.</source>
        <translation>Not recorded: %1 was already sampled today at %2 at %3 and the re-test was not confirmed.</translation>
    </message>
    <message>
        <source>Tube %1 was already packed into box %2 at %3 (%4). Do not pack it again: find the tube and tell the site lead.</source>
        <translation>Tube %1 was already packed into box %2 at %3 (%4). Do not pack it again: find the tube and tell the site lead.</translation>
    </message>
    <message>
        <source>Tube %1 is not known at this station. A tube of another table can be packed here only when this station has the site&apos;s facts (joined to the site hub or enrolled with the province): pack it at its own table.</source>
        <translation>Tube %1 is not known at this station. A tube of another table can be packed here only when this station has the site&apos;s facts (joined to the site hub or enrolled with the province): pack it at its own table.</translation>
    </message>
    <message>
        <source>Tube %1 is not known at this station, and the site&apos;s facts name no table that sealed it. The hub may be unreachable, or the tube was sealed only a moment ago: check the sync status (F7) and scan it again once the station is in touch, or pack it at its own table.</source>
        <translation>Tube %1 is not known at this station, and the site&apos;s facts name no table that sealed it. The hub may be unreachable, or the tube was sealed only a moment ago: check the sync status (F7) and scan it again once the station is in touch, or pack it at its own table.</translation>
    </message>
    <message>
        <source>Tube %1 is still open at %2. It must be sealed there before it goes into a box.</source>
        <translation>Tube %1 is still open at %2. It must be sealed there before it goes into a box.</translation>
    </message>
    <message>
        <source>Tube %1 was voided at %2 (%3) and must not be sent to the lab. Put it aside for the site lead.</source>
        <translation>Tube %1 was voided at %2 (%3) and must not be sent to the lab. Put it aside for the site lead.</translation>
    </message>
    <message>
        <source>Tube %1 is already in box %2.</source>
        <translation>Tube %1 is already in box %2.</translation>
    </message>
    <message>
        <source>Tube %1 is already in box %2, packed at %3 (%4). Do not pack it twice: find the tube and tell the site lead.</source>
        <translation>Tube %1 is already in box %2, packed at %3 (%4). Do not pack it twice: find the tube and tell the site lead.</translation>
    </message>
    <message>
        <source>The site&apos;s facts about tube %1 are incomplete, so it cannot be packed here. Pack it at its own table (%2), or ask the site lead to update the hub.</source>
        <translation>The site&apos;s facts about tube %1 are incomplete, so it cannot be packed here. Pack it at its own table (%2), or ask the site lead to update the hub.</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>PENDING RE-CHECK (待复核): %1 was in tube %2 (%3), which was %4. Not recorded: %1 must be sampled ALONE in a new tube. Scan the resident code again and then the code of a new tube.</source>
        <translation>PENDING RE-CHECK (待复核): %1 was in tube %2 (%3), which was %4. Not recorded: %1 must be sampled ALONE in a new tube. Scan the resident code again and then the code of a new tube.</translation>
    </message>
    <message>
        <source>PENDING RE-CHECK (待复核): %1 must be sampled ALONE, but it was not recorded: %2</source>
        <translation>PENDING RE-CHECK (待复核): %1 must be sampled ALONE, but it was not recorded: %2</translation>
    </message>
    <message>
        <source>Pooled tube %1 stays open with %2 / %3 people: go on with it.</source>
        <translation>Pooled tube %1 stays open with %2 / %3 people: go on with it.</translation>
    </message>
    <message>
        <source>No pooled tube is open: scan the next tube for the others.</source>
        <translation>No pooled tube is open: scan the next tube for the others.</translation>
    </message>
    <message>
        <source>PENDING RE-CHECK (待复核): %1 sampled ALONE in tube %2, sealed with 1 person (tube %3 at %4 was %5). Label it and keep it apart. %6</source>
        <translation>PENDING RE-CHECK (待复核): %1 sampled ALONE in tube %2, sealed with 1 person (tube %3 at %4 was %5). Label it and keep it apart. %6</translation>
    </message>
    <message>
        <source>%1 was already sampled again ALONE for the re-check (待复核) at %2 into tube %3.</source>
        <translation>%1 was already sampled again ALONE for the re-check (待复核) at %2 into tube %3.</translation>
    </message>
    <message>
        <source>%1 Not recorded: do not take another single tube. To sample them again as a re-test, scan a tube first.</source>
        <translation>%1 Not recorded: do not take another single tube. To sample them again as a re-test, scan a tube first.</translation>
    </message>
    <message>
        <source>%1 Not recorded: the re-test was not confirmed.</source>
        <translation>%1 Not recorded: the re-test was not confirmed.</translation>
    </message>
    <message>
        <source>%1 was already sampled again ALONE for the re-check (待复核) at %2 at %3 into tube %4.</source>
        <translation>%1 was already sampled again ALONE for the re-check (待复核) at %2 at %3 into tube %4.</translation>
    </message>
    <message numerus="yes">
        <source>Box %1 sealed with %n tube(s) (%2).</source>
        <translation>
            <numerusform>Box %1 sealed with %n tube (%2).</numerusform>
            <numerusform>Box %1 sealed with %n tubes (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tube %1 packed into box %2 (%n tube(s), %3).</source>
        <translation>
            <numerusform>Tube %1 packed into box %2 (%n tube, %3).</numerusform>
            <numerusform>Tube %1 packed into box %2 (%n tubes, %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tube %1 of %2 packed into box %3 (%n tube(s), %4).</source>
        <translation>
            <numerusform>Tube %1 of %2 packed into box %3 (%n tube, %4).</numerusform>
            <numerusform>Tube %1 of %2 packed into box %3 (%n tubes, %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Tube %1 is already open (%2 / %3). Scan the residents.</source>
        <translation>Tube %1 is already open (%2 / %3). Scan the residents.</translation>
    </message>
    <message>
        <source>Box %1 was sealed at %2 (%3) and handed over to the courier there (%4): it cannot be packed again. Use a new box.</source>
        <translation>Box %1 was sealed at %2 (%3) and handed over to the courier there (%4): it cannot be packed again. Use a new box.</translation>
    </message>
    <message>
        <source>Box %1 was sealed at %2 (%3) and handed over to the courier at %4 (%5): it cannot be packed again. Use a new box.</source>
        <translation>Box %1 was sealed at %2 (%3) and handed over to the courier at %4 (%5): it cannot be packed again. Use a new box.</translation>
    </message>
    <message>
        <source>Box %1 was sealed at %2 (%3): it cannot be packed again. Use a new box.</source>
        <translation>Box %1 was sealed at %2 (%3): it cannot be packed again. Use a new box.</translation>
    </message>
    <message>
        <source>Box %1 is being packed at %2 (opened %3). Use a new box here; tubes of this table may also go into box %1 at %2.</source>
        <translation>Box %1 is being packed at %2 (opened %3). Use a new box here; tubes of this table may also go into box %1 at %2.</translation>
    </message>
</context>
<context>
    <name>station::ScannerTestField</name>
    <message>
        <source>Click here and scan a code</source>
        <translation>Click here and scan a code</translation>
    </message>
    <message>
        <source>Scan a resident code, a tube or a box label: the station says what it read and whether the scanner sends it the way it should. Nothing is recorded.</source>
        <translation>Scan a resident code, a tube or a box label: the station says what it read and whether the scanner sends it the way it should. Nothing is recorded.</translation>
    </message>
    <message>
        <source>Part of a scan arrived as typing, without its Enter. Check the scanner&apos;s suffix (it must end with Enter) and the longest gap between keys.</source>
        <translation>Part of a scan arrived as typing, without its Enter. Check the scanner&apos;s suffix (it must end with Enter) and the longest gap between keys.</translation>
    </message>
    <message>
        <source>Resident code, valid: %1, %2</source>
        <translation>Resident code, valid: %1, %2</translation>
    </message>
    <message>
        <source>Resident code, not valid: %1</source>
        <translation>Resident code, not valid: %1</translation>
    </message>
    <message>
        <source>Tube code %1, valid.</source>
        <translation>Tube code %1, valid.</translation>
    </message>
    <message>
        <source>Tube code, not valid: %1</source>
        <translation>Tube code, not valid: %1</translation>
    </message>
    <message>
        <source>Box code %1, valid.</source>
        <translation>Box code %1, valid.</translation>
    </message>
    <message>
        <source>Box code, not valid: %1</source>
        <translation>Box code, not valid: %1</translation>
    </message>
    <message>
        <source>Not a code the station knows: %1</source>
        <translation>Not a code the station knows: %1</translation>
    </message>
    <message>
        <source>It arrived as one fast burst of keys from a keyboard scanner: the station takes it as a scan.</source>
        <translation>It arrived as one fast burst of keys from a keyboard scanner: the station takes it as a scan.</translation>
    </message>
    <message>
        <source>It arrived as typing, at a person&apos;s speed. If it was scanned, the station did not recognise the scanner: check its prefix and suffix and the longest gap between keys.</source>
        <translation>It arrived as typing, at a person&apos;s speed. If it was scanned, the station did not recognise the scanner: check its prefix and suffix and the longest gap between keys.</translation>
    </message>
    <message>
        <source>It arrived as typing at scanner speed: the station did not take it as a scan. Check the scanner&apos;s prefix and suffix (it must end with Enter) and the longest gap between keys.</source>
        <translation>It arrived as typing at scanner speed: the station did not take it as a scan. Check the scanner&apos;s prefix and suffix (it must end with Enter) and the longest gap between keys.</translation>
    </message>
    <message>
        <source>It arrived from the serial scanner.</source>
        <translation>It arrived from the serial scanner.</translation>
    </message>
    <message>
        <source>It arrived from the HID-POS scanner.</source>
        <translation>It arrived from the HID-POS scanner.</translation>
    </message>
    <message>
        <source>It was read by the camera.</source>
        <translation>It was read by the camera.</translation>
    </message>
    <message>
        <source>It arrived from a scanner.</source>
        <translation>It arrived from a scanner.</translation>
    </message>
</context>
<context>
    <name>station::SettingsAuthority</name>
    <message>
        <source>recording the settings change</source>
        <translation>recording the settings change</translation>
    </message>
</context>
<context>
    <name>station::SettingsDialog</name>
    <message>
        <source>Play success and error sounds</source>
        <translation>Play success and error sounds</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Lock after idle</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>none, e.g. ttyACM0</source>
        <translation>none, e.g. ttyACM0</translation>
    </message>
    <message>
        <source>Scanners</source>
        <translation>Scanners</translation>
    </message>
    <message>
        <source>Keyboard scanner prefix</source>
        <translation>Keyboard scanner prefix</translation>
    </message>
    <message>
        <source>Keyboard scanner suffix</source>
        <translation>Keyboard scanner suffix</translation>
    </message>
    <message>
        <source>Longest gap between keys of a scan</source>
        <translation>Longest gap between keys of a scan</translation>
    </message>
    <message>
        <source>Serial scanner port</source>
        <translation>Serial scanner port</translation>
    </message>
    <message>
        <source>Serial baud rate</source>
        <translation>Serial baud rate</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Label size (mm, WIDTHxHEIGHT)</source>
        <translation>Label size (mm, WIDTHxHEIGHT)</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Label printer</translation>
    </message>
    <message>
        <source>Language and scanner changes apply when the station is started again.</source>
        <translation>Language and scanner changes apply when the station is started again.</translation>
    </message>
    <message>
        <source>The label size must be WIDTHxHEIGHT in millimetres, e.g. 50x30.</source>
        <translation>The label size must be WIDTHxHEIGHT in millimetres, e.g. 50x30.</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>The settings could not be saved to %1.</translation>
    </message>
    <message>
        <source>Show the camera picture on the table screen (F6)</source>
        <translation>Show the camera picture on the table screen (F6)</translation>
    </message>
    <message>
        <source>Print a label for each new tube</source>
        <translation>Print a label for each new tube</translation>
    </message>
    <message>
        <source>none; a system printer&apos;s name, or zpl://HOST, pdf:FILE...</source>
        <translation>none; a system printer&apos;s name, or zpl://HOST, pdf:FILE...</translation>
    </message>
    <message>
        <source>the label printer; or a page printer&apos;s name, pdf:FILE...</source>
        <translation>the label printer; or a page printer&apos;s name, pdf:FILE...</translation>
    </message>
    <message>
        <source>Manifest printer (A4)</source>
        <translation>Manifest printer (A4)</translation>
    </message>
    <message>
        <source>For tubes without a pre-printed code: the station gives each new tube a code of its own and prints its label. Pre-printed tubes can still be scanned.</source>
        <translation>For tubes without a pre-printed code: the station gives each new tube a code of its own and prints its label. Pre-printed tubes can still be scanned.</translation>
    </message>
    <message>
        <source>none; auto, or VID:PID e.g. 0c2e:0b61</source>
        <translation>none; auto, or VID:PID e.g. 0c2e:0b61</translation>
    </message>
    <message>
        <source>A USB scanner set to HID-POS mode (the point-of-sale HID interface) sends raw bytes, so codes with Chinese text arrive whole. &quot;auto&quot; takes the first HID-POS scanner found.</source>
        <translation>A USB scanner set to HID-POS mode (the point-of-sale HID interface) sends raw bytes, so codes with Chinese text arrive whole. &quot;auto&quot; takes the first HID-POS scanner found.</translation>
    </message>
    <message>
        <source>HID-POS scanner</source>
        <translation>HID-POS scanner</translation>
    </message>
    <message>
        <source>Pre-printed tube codes whose last character is not this check digit are refused. Station-generated codes (SG...) keep their own Damm check digit. Applies at once.</source>
        <translation>Pre-printed tube codes whose last character is not this check digit are refused. Station-generated codes (SG...) keep their own Damm check digit. Applies at once.</translation>
    </message>
    <message>
        <source>Site codes</source>
        <translation>Site codes</translation>
    </message>
    <message>
        <source>Check digit of pre-printed tube codes</source>
        <translation>Check digit of pre-printed tube codes</translation>
    </message>
    <message>
        <source>The HID-POS scanner must be empty, &quot;auto&quot;, or the USB vendor and product id as VID:PID in hexadecimal, e.g. 0c2e:0b61.</source>
        <translation>The HID-POS scanner must be empty, &quot;auto&quot;, or the USB vendor and product id as VID:PID in hexadecimal, e.g. 0c2e:0b61.</translation>
    </message>
    <message>
        <source>The fingerprint of the key the province signs resident codes with. To check it, read it aloud to the province&apos;s help desk.</source>
        <translation>The fingerprint of the key the province signs resident codes with. To check it, read it aloud to the province&apos;s help desk.</translation>
    </message>
    <message>
        <source>Province key for resident codes</source>
        <translation>Province key for resident codes</translation>
    </message>
    <message>
        <source>Default: refuse once the province gives a key</source>
        <translation>Default: refuse once the province gives a key</translation>
    </message>
    <message>
        <source>Accept unsigned codes</source>
        <translation>Accept unsigned codes</translation>
    </message>
    <message>
        <source>Refuse unsigned codes</source>
        <translation>Refuse unsigned codes</translation>
    </message>
    <message>
        <source>A code whose signature does not match is always refused. Codes without a signature are old or forged once the province signs its codes. Applies at once.</source>
        <translation>A code whose signature does not match is always refused. Codes without a signature are old or forged once the province signs its codes. Applies at once.</translation>
    </message>
    <message>
        <source>Resident codes without a signature</source>
        <translation>Resident codes without a signature</translation>
    </message>
    <message>
        <source>None: the province gave no key at enrollment, so signatures are not checked.</source>
        <translation>None: the province gave no key at enrollment, so signatures are not checked.</translation>
    </message>
    <message>
        <source>Damaged: every signed code is refused. Enroll the station again.</source>
        <translation>Damaged: every signed code is refused. Enroll the station again.</translation>
    </message>
    <message>
        <source>announced by the server on %1</source>
        <translation>announced by the server on %1</translation>
    </message>
    <message>
        <source>received at enrollment on %1</source>
        <translation>received at enrollment on %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>only by hand</source>
        <translation>only by hand</translation>
    </message>
    <message>
        <source>Personal data the province has acknowledged is destroyed, day by day, once older than this (from the next start). Only a station administrator changes it.</source>
        <translation>Personal data the province has acknowledged is destroyed, day by day, once older than this (from the next start). Only a station administrator changes it.</translation>
    </message>
    <message>
        <source>Keep personal data</source>
        <translation>Keep personal data</translation>
    </message>
    <message>
        <source>Print a test label</source>
        <translation>Print a test label</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>Scanner test</translation>
    </message>
    <message>
        <source>Prints one label that says it is a test on the label printer above, saved or not. Its barcode is not a tube code.</source>
        <translation>Prints one label that says it is a test on the label printer above, saved or not. Its barcode is not a tube code.</translation>
    </message>
    <message>
        <source>Printing the test label…</source>
        <translation>Printing the test label…</translation>
    </message>
    <message>
        <source>Join a site hub</source>
        <translation>Join a site hub</translation>
    </message>
    <message>
        <source>Uploads go to</source>
        <translation>Uploads go to</translation>
    </message>
    <message>
        <source>Only the station administrator joins a site hub.</source>
        <translation>Only the station administrator joins a site hub.</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Join code</translation>
    </message>
    <message>
        <source>Scan the QR code the site hub shows; the station checks the hub&apos;s certificate against it, enrolls and uploads to the hub from then on. This applies at once, without Save.</source>
        <translation>Scan the QR code the site hub shows; the station checks the hub&apos;s certificate against it, enrolls and uploads to the hub from then on. This applies at once, without Save.</translation>
    </message>
    <message>
        <source>No server: records stay on this station until it joins a hub or the province&apos;s server.</source>
        <translation>No server: records stay on this station until it joins a hub or the province&apos;s server.</translation>
    </message>
    <message>
        <source>%1 (not enrolled yet)</source>
        <translation>%1 (not enrolled yet)</translation>
    </message>
    <message>
        <source>%1 (its certificate is pinned)</source>
        <translation>%1 (its certificate is pinned)</translation>
    </message>
    <message>
        <source>If the hub is out of reach</source>
        <translation>If the hub is out of reach</translation>
    </message>
    <message>
        <source>Records wait at this station (no fallback server).</source>
        <translation>Records wait at this station (no fallback server).</translation>
    </message>
    <message>
        <source>Straight to the province at %1 once the hub has been out of reach for %2 min.</source>
        <translation>Straight to the province at %1 once the hub has been out of reach for %2 min.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High contrast (bright sites)</source>
        <translation>High contrast (bright sites)</translation>
    </message>
    <message>
        <source>Black on white with heavier lines, for sunlight and glare. Applies at once.</source>
        <translation>Black on white with heavier lines, for sunlight and glare. Applies at once.</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>Scan the province&apos;s join code…</source>
        <translation>Scan the province&apos;s join code…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Province&apos;s join code</source>
        <translation>Province&apos;s join code</translation>
    </message>
    <message>
        <source>Scan the join code of the province&apos;s server now. The hub stays the server this station syncs with; the province takes the records only while the hub is out of reach.</source>
        <translation>Scan the join code of the province&apos;s server now. The hub stays the server this station syncs with; the province takes the records only while the hub is out of reach.</translation>
    </message>
    <message>
        <source>Remove the fallback</source>
        <translation>Remove the fallback</translation>
    </message>
    <message>
        <source>Remove the province as this station&apos;s fallback? While the hub is out of reach, records then wait at this station until it is back.</source>
        <translation>Remove the province as this station&apos;s fallback? While the hub is out of reach, records then wait at this station until it is back.</translation>
    </message>
    <message>
        <source>The fallback is removed: records wait at this station while the hub is out of reach.</source>
        <translation>The fallback is removed: records wait at this station while the hub is out of reach.</translation>
    </message>
    <message>
        <source>Table number</source>
        <translation>Table number</translation>
    </message>
    <message>
        <source>Save the new table number first, then open Settings (F10) again to join.</source>
        <translation>Save the new table number first, then open Settings (F10) again to join.</translation>
    </message>
    <message>
        <source>Only before this station joins a hub or enrols at the province: choose a number no other table of the site has, Save, then join.</source>
        <translation>Only before this station joins a hub or enrols at the province: choose a number no other table of the site has, Save, then join.</translation>
    </message>
    <message>
        <source>This station has joined a server, which knows it by this number: it cannot change now.</source>
        <translation>This station has joined a server, which knows it by this number: it cannot change now.</translation>
    </message>
</context>
<context>
    <name>station::SiteFactsFeed</name>
    <message>
        <source>reading the site&apos;s facts</source>
        <translation>reading the site&apos;s facts</translation>
    </message>
    <message>
        <source>The server cannot be reached for the site&apos;s facts (%1). The table goes on with the facts it has.</source>
        <translation>The server cannot be reached for the site&apos;s facts (%1). The table goes on with the facts it has.</translation>
    </message>
    <message>
        <source>The server did not give the site&apos;s facts (HTTP %1): %2</source>
        <translation>The server did not give the site&apos;s facts (HTTP %1): %2</translation>
    </message>
    <message>
        <source>keeping the site&apos;s facts</source>
        <translation>keeping the site&apos;s facts</translation>
    </message>
</context>
<context>
    <name>station::SitePassphraseDialog</name>
    <message>
        <source>Unlock the station</source>
        <translation>Unlock the station</translation>
    </message>
    <message>
        <source>Site passphrase</source>
        <translation>Site passphrase</translation>
    </message>
    <message>
        <source>Personal data on this station is locked. Type the site passphrase the site lead gave you to unlock it.</source>
        <translation>Personal data on this station is locked. Type the site passphrase the site lead gave you to unlock it.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Close the station</source>
        <translation>Close the station</translation>
    </message>
    <message numerus="yes">
        <source>%1 Type it again: %n more tries before the station closes.</source>
        <translation>
            <numerusform>%1 Type it again: %n more try before the station closes.</numerusform>
            <numerusform>%1 Type it again: %n more tries before the station closes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::SiteStaffList</name>
    <message>
        <source>saving the server&apos;s answer</source>
        <translation>saving the server&apos;s answer</translation>
    </message>
    <message>
        <source>applying the site&apos;s staff list</source>
        <translation>applying the site&apos;s staff list</translation>
    </message>
    <message>
        <source>putting this station&apos;s staff on the site&apos;s list</source>
        <translation>putting this station&apos;s staff on the site&apos;s list</translation>
    </message>
    <message>
        <source>keeping the site&apos;s staff problems</source>
        <translation>keeping the site&apos;s staff problems</translation>
    </message>
</context>
<context>
    <name>station::SiteStaffSync</name>
    <message>
        <source>The station is not enrolled with a server.</source>
        <translation>The station is not enrolled with a server.</translation>
    </message>
    <message>
        <source>reading the staff changes to send</source>
        <translation>reading the staff changes to send</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>The server cannot be reached (%1).</translation>
    </message>
    <message>
        <source>The server answered with error %1: %2</source>
        <translation>The server answered with error %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not match the staff changes sent.</source>
        <translation>The server&apos;s answer did not match the staff changes sent.</translation>
    </message>
    <message>
        <source>reading the staff list</source>
        <translation>reading the staff list</translation>
    </message>
    <message>
        <source>The server&apos;s staff list could not be read: %1</source>
        <translation>The server&apos;s staff list could not be read: %1</translation>
    </message>
</context>
<context>
    <name>station::StaffDialog</name>
    <message>
        <source>Add a member of staff</source>
        <translation>Add a member of staff</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Disable or enable</source>
        <translation>Disable or enable</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Set role</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>locked out</source>
        <translation>locked out</translation>
    </message>
    <message>
        <source>one-time PIN</source>
        <translation>one-time PIN</translation>
    </message>
    <message>
        <source>Select a member of staff first.</source>
        <translation>Select a member of staff first.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>One-time PIN</source>
        <translation>One-time PIN</translation>
    </message>
    <message>
        <source>Hand over each one-time PIN; it is shown only this once. Its holder chooses their own PIN at the first sign-in.

%1</source>
        <translation>Hand over each one-time PIN; it is shown only this once. Its holder chooses their own PIN at the first sign-in.

%1</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 was added.</translation>
    </message>
    <message>
        <source>%1 was disabled.</source>
        <translation>%1 was disabled.</translation>
    </message>
    <message>
        <source>%1 was enabled.</source>
        <translation>%1 was enabled.</translation>
    </message>
    <message>
        <source>%1 has a new one-time PIN.</source>
        <translation>%1 has a new one-time PIN.</translation>
    </message>
    <message>
        <source>%1 was unlocked.</source>
        <translation>%1 was unlocked.</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Role of %1</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 is now: %2.</translation>
    </message>
    <message>
        <source>Import a staff list</source>
        <translation>Import a staff list</translation>
    </message>
    <message>
        <source>Staff lists (*.csv);;All files (*)</source>
        <translation>Staff lists (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Imported: %1 added, %2 updated.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>The PIN could not be protected.</source>
        <translation>The PIN could not be protected.</translation>
    </message>
    <message>
        <source>Wait: the one-time PINs are still being protected.</source>
        <translation>Wait: the one-time PINs are still being protected.</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Adding %1…</translation>
    </message>
    <message>
        <source>Resetting the PIN of %1…</source>
        <translation>Resetting the PIN of %1…</translation>
    </message>
    <message numerus="yes">
        <source>Protecting %n one-time PIN(s)…</source>
        <translation>
            <numerusform>Protecting %n one-time PIN…</numerusform>
            <numerusform>Protecting %n one-time PINs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the staff list</source>
        <translation>Export the staff list</translation>
    </message>
    <message>
        <source>staff.csv</source>
        <translation>staff.csv</translation>
    </message>
    <message>
        <source>Staff lists (*.csv)</source>
        <translation>Staff lists (*.csv)</translation>
    </message>
    <message>
        <source>The staff list could not be saved: %1</source>
        <translation>The staff list could not be saved: %1</translation>
    </message>
    <message>
        <source>The staff list was saved to %1.</source>
        <translation>The staff list was saved to %1.</translation>
    </message>
</context>
<context>
    <name>station::StaffRole</name>
    <message>
        <source>sampler</source>
        <translation>sampler</translation>
    </message>
    <message>
        <source>site lead</source>
        <translation>site lead</translation>
    </message>
    <message>
        <source>station administrator</source>
        <translation>station administrator</translation>
    </message>
</context>
<context>
    <name>station::StaffService</name>
    <message>
        <source>The staff ID must be 1-32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>The staff ID must be 1-32 letters, digits, &apos;-&apos; or &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The operator&apos;s name is required.</source>
        <translation>The operator&apos;s name is required.</translation>
    </message>
    <message>
        <source>The name is longer than 64 characters.</source>
        <translation>The name is longer than 64 characters.</translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces, &apos;+&apos; and &apos;-&apos; (at most 20).</source>
        <translation>The phone number may hold digits, spaces, &apos;+&apos; and &apos;-&apos; (at most 20).</translation>
    </message>
    <message>
        <source>No operator with staff ID %1 at this station.</source>
        <translation>No operator with staff ID %1 at this station.</translation>
    </message>
    <message>
        <source>checking the administrators</source>
        <translation>checking the administrators</translation>
    </message>
    <message>
        <source>%1 is the station&apos;s only administrator; make someone else administrator first.</source>
        <translation>%1 is the station&apos;s only administrator; make someone else administrator first.</translation>
    </message>
    <message>
        <source>adding the operator</source>
        <translation>adding the operator</translation>
    </message>
    <message>
        <source>The PIN could not be protected.</source>
        <translation>The PIN could not be protected.</translation>
    </message>
    <message>
        <source>An operator with staff ID %1 already exists.</source>
        <translation>An operator with staff ID %1 already exists.</translation>
    </message>
    <message>
        <source>disabling the operator</source>
        <translation>disabling the operator</translation>
    </message>
    <message>
        <source>You cannot disable yourself; ask another site lead.</source>
        <translation>You cannot disable yourself; ask another site lead.</translation>
    </message>
    <message>
        <source>%1 is disabled already.</source>
        <translation>%1 is disabled already.</translation>
    </message>
    <message>
        <source>enabling the operator</source>
        <translation>enabling the operator</translation>
    </message>
    <message>
        <source>%1 is enabled already.</source>
        <translation>%1 is enabled already.</translation>
    </message>
    <message>
        <source>Choose your own new PIN instead of resetting it.</source>
        <translation>Choose your own new PIN instead of resetting it.</translation>
    </message>
    <message>
        <source>resetting the PIN</source>
        <translation>resetting the PIN</translation>
    </message>
    <message>
        <source>unlocking the operator</source>
        <translation>unlocking the operator</translation>
    </message>
    <message>
        <source>%1 is not locked.</source>
        <translation>%1 is not locked.</translation>
    </message>
    <message>
        <source>changing the role</source>
        <translation>changing the role</translation>
    </message>
    <message>
        <source>You cannot change your own role; ask another site lead.</source>
        <translation>You cannot change your own role; ask another site lead.</translation>
    </message>
    <message>
        <source>%1 is a %2 already.</source>
        <translation>%1 is a %2 already.</translation>
    </message>
    <message>
        <source>Choose a PIN different from the one you signed in with.</source>
        <translation>Choose a PIN different from the one you signed in with.</translation>
    </message>
    <message>
        <source>setting the PIN</source>
        <translation>setting the PIN</translation>
    </message>
    <message>
        <source>The file lists nobody.</source>
        <translation>The file lists nobody.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (sampler, site lead or administrator; 采样员, 采样点负责人 or 设备管理员).</source>
        <translation>unknown role &quot;%1&quot; (sampler, site lead or administrator; 采样员, 采样点负责人 or 设备管理员).</translation>
    </message>
    <message>
        <source>staff ID %1 is listed twice.</source>
        <translation>staff ID %1 is listed twice.</translation>
    </message>
    <message>
        <source>importing the staff list</source>
        <translation>importing the staff list</translation>
    </message>
    <message>
        <source>you cannot change your own role.</source>
        <translation>you cannot change your own role.</translation>
    </message>
    <message>
        <source>staff ID %1 was removed meanwhile; import the file again.</source>
        <translation>staff ID %1 was removed meanwhile; import the file again.</translation>
    </message>
</context>
<context>
    <name>station::StationBackup</name>
    <message>
        <source>writing the backup</source>
        <translation>writing the backup</translation>
    </message>
    <message>
        <source>Name the backup file.</source>
        <translation>Name the backup file.</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never overwrites a file.</source>
        <translation>%1 exists already; a backup never overwrites a file.</translation>
    </message>
    <message>
        <source>The backup could not be moved to %1.</source>
        <translation>The backup could not be moved to %1.</translation>
    </message>
</context>
<context>
    <name>station::StationKeyring</name>
    <message>
        <source>The site passphrase must have at least 8 characters.</source>
        <translation>The site passphrase must have at least 8 characters.</translation>
    </message>
    <message>
        <source>This station already has a data key; change the passphrase instead.</source>
        <translation>This station already has a data key; change the passphrase instead.</translation>
    </message>
    <message>
        <source>The cryptography library failed.</source>
        <translation>The cryptography library failed.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the data key.</source>
        <translation>Not enough memory to protect the data key.</translation>
    </message>
    <message>
        <source>storing the data key</source>
        <translation>storing the data key</translation>
    </message>
    <message>
        <source>reading the data key</source>
        <translation>reading the data key</translation>
    </message>
    <message>
        <source>The stored data key is damaged.</source>
        <translation>The stored data key is damaged.</translation>
    </message>
    <message>
        <source>Not enough memory to check the passphrase.</source>
        <translation>Not enough memory to check the passphrase.</translation>
    </message>
    <message>
        <source>The site passphrase is wrong.</source>
        <translation>The site passphrase is wrong.</translation>
    </message>
    <message>
        <source>This station has no data key, so its personal data cannot be opened (a damaged or altered database, or a station set up before encryption). Restore the station folder from a backup, or move it aside and set up the station again (init or the first-run window), then sync.</source>
        <translation>This station has no data key, so its personal data cannot be opened (a damaged or altered database, or a station set up before encryption). Restore the station folder from a backup, or move it aside and set up the station again (init or the first-run window), then sync.</translation>
    </message>
</context>
<context>
    <name>station::StationStore</name>
    <message>
        <source>The site code must be 1-32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>The site code must be 1-32 letters, digits, &apos;-&apos; or &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The site name is required.</source>
        <translation>The site name is required.</translation>
    </message>
    <message>
        <source>The district is required.</source>
        <translation>The district is required.</translation>
    </message>
    <message>
        <source>The table number must be between 1 and 99999.</source>
        <translation>The table number must be between 1 and 99999.</translation>
    </message>
    <message>
        <source>The pool size must be 1, 5, 10 or 20 people a tube.</source>
        <translation>The pool size must be 1, 5, 10 or 20 people a tube.</translation>
    </message>
    <message>
        <source>The staff ID must be 1-32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>The staff ID must be 1-32 letters, digits, &apos;-&apos; or &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The operator&apos;s name is required.</source>
        <translation>The operator&apos;s name is required.</translation>
    </message>
    <message>
        <source>This station is already provisioned; change it in Settings.</source>
        <translation>This station is already provisioned; change it in Settings.</translation>
    </message>
    <message>
        <source>The PIN could not be protected.</source>
        <translation>The PIN could not be protected.</translation>
    </message>
    <message>
        <source>provisioning the station</source>
        <translation>provisioning the station</translation>
    </message>
    <message>
        <source>saving the station settings</source>
        <translation>saving the station settings</translation>
    </message>
    <message>
        <source>adding the operator</source>
        <translation>adding the operator</translation>
    </message>
    <message>
        <source>An operator with staff ID %1 already exists.</source>
        <translation>An operator with staff ID %1 already exists.</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>signing in</translation>
    </message>
    <message>
        <source>No operator with staff ID %1 at this station.</source>
        <translation>No operator with staff ID %1 at this station.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: %1 is locked for %2 more seconds.</source>
        <translation>Too many wrong PINs: %1 is locked for %2 more seconds.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 is now locked for a while; ask the site lead.</source>
        <translation>Wrong PIN. %1 is now locked for a while; ask the site lead.</translation>
    </message>
    <message>
        <source>The PIN must be 6 to 12 digits.</source>
        <translation>The PIN must be 6 to 12 digits.</translation>
    </message>
    <message>
        <source>The PIN is too easy to guess (one digit repeated, or a run such as 123456). Choose another.</source>
        <translation>The PIN is too easy to guess (one digit repeated, or a run such as 123456). Choose another.</translation>
    </message>
    <message>
        <source>The personal data key could not be protected.</source>
        <translation>The personal data key could not be protected.</translation>
    </message>
    <message>
        <source>%1 is disabled at this station; ask the site lead.</source>
        <translation>%1 is disabled at this station; ask the site lead.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left before you are locked out.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left before you are locked out.</numerusform>
            <numerusform>Wrong PIN. %n attempts left before you are locked out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::StatusBanner</name>
    <message>
        <source>Scan a tube to start.</source>
        <translation>Scan a tube to start.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Done</translation>
    </message>
    <message>
        <source>✕ REFUSED</source>
        <translation>✕ REFUSED</translation>
    </message>
    <message>
        <source>! Next step</source>
        <translation>! Next step</translation>
    </message>
    <message>
        <source>⚠ PENDING RE-CHECK (待复核)</source>
        <translation>⚠ PENDING RE-CHECK (待复核)</translation>
    </message>
    <message>
        <source>✓ Printed</source>
        <translation>✓ Printed</translation>
    </message>
</context>
<context>
    <name>station::SyncProblemsAlert</name>
    <message numerus="yes">
        <source>%n new sync problem(s) — press F7 to see what to do</source>
        <translation>
            <numerusform>%n new sync problem — press F7 to see what to do</numerusform>
            <numerusform>%n new sync problems — press F7 to see what to do</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::SyncProblemsModel</name>
    <message>
        <source>Conflict: the server holds other content for this record</source>
        <translation>Conflict: the server holds other content for this record</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Rejected by the server</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <source>Reason, what to do</source>
        <translation>Reason, what to do</translation>
    </message>
    <message>
        <source>Sample taken</source>
        <translation>Sample taken</translation>
    </message>
    <message>
        <source>Sample removed</source>
        <translation>Sample removed</translation>
    </message>
    <message>
        <source>Tube opened</source>
        <translation>Tube opened</translation>
    </message>
    <message>
        <source>Tube sealed</source>
        <translation>Tube sealed</translation>
    </message>
    <message>
        <source>Tube voided</source>
        <translation>Tube voided</translation>
    </message>
    <message>
        <source>Tube reopened</source>
        <translation>Tube reopened</translation>
    </message>
    <message>
        <source>Tube pool size changed</source>
        <translation>Tube pool size changed</translation>
    </message>
    <message>
        <source>Box opened</source>
        <translation>Box opened</translation>
    </message>
    <message>
        <source>Tube put into box</source>
        <translation>Tube put into box</translation>
    </message>
    <message>
        <source>Box sealed</source>
        <translation>Box sealed</translation>
    </message>
    <message>
        <source>Box handed over</source>
        <translation>Box handed over</translation>
    </message>
    <message>
        <source>ID number shown</source>
        <translation>ID number shown</translation>
    </message>
    <message>
        <source>Audit log check acknowledged</source>
        <translation>Audit log check acknowledged</translation>
    </message>
    <message>
        <source>Staff member changed</source>
        <translation>Staff member changed</translation>
    </message>
</context>
<context>
    <name>station::SyncProblemsView</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>No sync problems: the server has taken every record it was sent.</source>
        <translation>No sync problems: the server has taken every record it was sent.</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Sync problems</translation>
    </message>
    <message numerus="yes">
        <source>The site found %n clash(es) with other tables: the records are stored, and each row says what to do. Tell the site lead.</source>
        <translation>
            <numerusform>The site found %n clash with another table: the record is stored, and its row says what to do. Tell the site lead.</numerusform>
            <numerusform>The site found %n clashes with other tables: the records are stored, and each row says what to do. Tell the site lead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not take %n record(s). They stay on this station. A conflict means the server holds other content under the same record id; a rejection says why in the reason column. Tell the province&apos;s sync administrator; do not re-enter these records.</source>
        <translation>
            <numerusform>The server did not take %n record. It stays on this station. A conflict means the server holds other content under the same record id; a rejection says why in the reason column. Tell the province&apos;s sync administrator; do not re-enter this record.</numerusform>
            <numerusform>The server did not take %n records. They stay on this station. A conflict means the server holds other content under the same record id; a rejection says why in the reason column. Tell the province&apos;s sync administrator; do not re-enter these records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan NOT taken: the sync problems window is in front of the table.</source>
        <translation>Scan NOT taken: the sync problems window is in front of the table.</translation>
    </message>
    <message>
        <source>Press Esc or F7 (or click here) to go back to the table, then scan again.</source>
        <translation>Press Esc or F7 (or click here) to go back to the table, then scan again.</translation>
    </message>
    <message>
        <source>No server: this station has not joined a site hub nor been enrolled at the province, so nothing is synced and there are no sync problems to show. Its records stay on this station until it joins. To join the site&apos;s hub, the station administrator opens Settings (F10), goes to &quot;Join a site hub&quot; and scans the join code the hub shows.</source>
        <translation>No server: this station has not joined a site hub nor been enrolled at the province, so nothing is synced and there are no sync problems to show. Its records stay on this station until it joins. To join the site&apos;s hub, the station administrator opens Settings (F10), goes to &quot;Join a site hub&quot; and scans the join code the hub shows.</translation>
    </message>
    <message>
        <source>Press Esc or F7 (or click here) to go back to the table.</source>
        <translation>Press Esc or F7 (or click here) to go back to the table.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>station::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Send the waiting records to the server now</source>
        <translation>Send the waiting records to the server now</translation>
    </message>
    <message>
        <source>Every record is sent to the server exactly once; records stay on this station until the server has acknowledged them.</source>
        <translation>Every record is sent to the server exactly once; records stay on this station until the server has acknowledged them.</translation>
    </message>
</context>
<context>
    <name>station::TableDialogs</name>
    <message>
        <source>Yes, re-test</source>
        <translation>Yes, re-test</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>station::TableLabel</name>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>the site hub</source>
        <translation>the site hub</translation>
    </message>
</context>
<context>
    <name>station::TableNumberChange</name>
    <message>
        <source>The station is not set up yet.</source>
        <translation>The station is not set up yet.</translation>
    </message>
    <message>
        <source>A table number is a whole number from 1 to 99999.</source>
        <translation>A table number is a whole number from 1 to 99999.</translation>
    </message>
    <message>
        <source>This station has joined a server as table %1, which knows it by that number: it cannot change now. For another number, the site lead revokes this station at the hub and it joins again.</source>
        <translation>This station has joined a server as table %1, which knows it by that number: it cannot change now. For another number, the site lead revokes this station at the hub and it joins again.</translation>
    </message>
</context>
<context>
    <name>station::TablePrinting</name>
    <message>
        <source>the label of tube %1</source>
        <translation>the label of tube %1</translation>
    </message>
    <message>
        <source>the label of box %1</source>
        <translation>the label of box %1</translation>
    </message>
    <message>
        <source>the manifest of box %1</source>
        <translation>the manifest of box %1</translation>
    </message>
    <message>
        <source>Tube %1 was voided: no label is printed for it.</source>
        <translation>Tube %1 was voided: no label is printed for it.</translation>
    </message>
    <message>
        <source>Box %1 is still being packed: seal it (scan its code again) before its manifest is printed.</source>
        <translation>Box %1 is still being packed: seal it (scan its code again) before its manifest is printed.</translation>
    </message>
    <message>
        <source>No printer is set up, so %1 was not printed. Set the printer in Settings (F10).</source>
        <translation>No printer is set up, so %1 was not printed. Set the printer in Settings (F10).</translation>
    </message>
    <message>
        <source>Already printed: %1. Say why it is printed again.</source>
        <translation>Already printed: %1. Say why it is printed again.</translation>
    </message>
    <message>
        <source>sent again before the first print finished</source>
        <translation>sent again before the first print finished</translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation>Printed %1.</translation>
    </message>
    <message>
        <source>%1 was printed but not recorded: %2</source>
        <translation>%1 was printed but not recorded: %2</translation>
    </message>
    <message>
        <source>another table</source>
        <translation>another table</translation>
    </message>
</context>
<context>
    <name>station::TableWorkflow</name>
    <message>
        <source>Already sampled today</source>
        <translation>Already sampled today</translation>
    </message>
    <message>
        <source>Sign in first: nothing is recorded while the station is locked.</source>
        <translation>Sign in first: nothing is recorded while the station is locked.</translation>
    </message>
    <message>
        <source>Tube %1 now takes %2 people.</source>
        <translation>Tube %1 now takes %2 people.</translation>
    </message>
    <message>
        <source>There is nobody to undo: the open tube is empty.</source>
        <translation>There is nobody to undo: the open tube is empty.</translation>
    </message>
    <message>
        <source>Undo last person</source>
        <translation>Undo last person</translation>
    </message>
    <message>
        <source>Why is %1 (position %2) taken out of tube %3?</source>
        <translation>Why is %1 (position %2) taken out of tube %3?</translation>
    </message>
    <message>
        <source>Nothing was undone.</source>
        <translation>Nothing was undone.</translation>
    </message>
    <message>
        <source>%1 was taken out of tube %2. Sample this person again if needed.</source>
        <translation>%1 was taken out of tube %2. Sample this person again if needed.</translation>
    </message>
    <message>
        <source>Select a person in the open tube first (Up/Down), then press Del.</source>
        <translation>Select a person in the open tube first (Up/Down), then press Del.</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>Why is %1 (position %2) removed from tube %3?</source>
        <translation>Why is %1 (position %2) removed from tube %3?</translation>
    </message>
    <message>
        <source>Nobody was removed.</source>
        <translation>Nobody was removed.</translation>
    </message>
    <message>
        <source>%1 was removed from tube %2.</source>
        <translation>%1 was removed from tube %2.</translation>
    </message>
    <message>
        <source>There is no open tube to seal.</source>
        <translation>There is no open tube to seal.</translation>
    </message>
    <message>
        <source>Seal tube early</source>
        <translation>Seal tube early</translation>
    </message>
    <message>
        <source>Tube %1 has %2 of %3 people. Why is it sealed now?</source>
        <translation>Tube %1 has %2 of %3 people. Why is it sealed now?</translation>
    </message>
    <message>
        <source>Tube %1 stays open.</source>
        <translation>Tube %1 stays open.</translation>
    </message>
    <message numerus="yes">
        <source>Tube %1 sealed with %n people. Scan the next tube.</source>
        <translation>
            <numerusform>Tube %1 sealed with %n person. Scan the next tube.</numerusform>
            <numerusform>Tube %1 sealed with %n people. Scan the next tube.</numerusform>
        </translation>
    </message>
    <message>
        <source>Void tube</source>
        <translation>Void tube</translation>
    </message>
    <message>
        <source>Code of the sealed tube to void:</source>
        <translation>Code of the sealed tube to void:</translation>
    </message>
    <message>
        <source>No tube was voided.</source>
        <translation>No tube was voided.</translation>
    </message>
    <message>
        <source>Why is tube %1 voided? Its people must be sampled again.</source>
        <translation>Why is tube %1 voided? Its people must be sampled again.</translation>
    </message>
    <message numerus="yes">
        <source>Tube %1 voided. %n people must be sampled again.</source>
        <translation>
            <numerusform>Tube %1 voided. %n person must be sampled again.</numerusform>
            <numerusform>Tube %1 voided. %n people must be sampled again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Box %1 is still being packed: scan its code again to seal it, then hand it over.</source>
        <translation>Box %1 is still being packed: scan its code again to seal it, then hand it over.</translation>
    </message>
    <message>
        <source>No sealed box waits for hand-over at this table. Scan a box code, pack the tubes and scan the box code again to seal it.</source>
        <translation>No sealed box waits for hand-over at this table. Scan a box code, pack the tubes and scan the box code again to seal it.</translation>
    </message>
    <message>
        <source>No printer is set up, so %1 was not printed. Set the printer in Settings (F10).</source>
        <translation>No printer is set up, so %1 was not printed. Set the printer in Settings (F10).</translation>
    </message>
    <message>
        <source>Printing %1 again on %2.</source>
        <translation>Printing %1 again on %2.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>%1 was printed before. Why is it printed again?</source>
        <translation>%1 was printed before. Why is it printed again?</translation>
    </message>
    <message>
        <source>Not printed again: %1.</source>
        <translation>Not printed again: %1.</translation>
    </message>
    <message>
        <source>Printing %1 on %2.</source>
        <translation>Printing %1 on %2.</translation>
    </message>
    <message>
        <source>There is no tube to print a label for. Scan or open a tube first.</source>
        <translation>There is no tube to print a label for. Scan or open a tube first.</translation>
    </message>
    <message>
        <source>No box is on screen. Scan a box code to open a box, then print its label.</source>
        <translation>No box is on screen. Scan a box code to open a box, then print its label.</translation>
    </message>
    <message>
        <source>Box %1 is still being packed: scan its code again to seal it; its manifest prints then.</source>
        <translation>Box %1 is still being packed: scan its code again to seal it; its manifest prints then.</translation>
    </message>
    <message>
        <source>No sealed box waits at this table, so there is no manifest to print.</source>
        <translation>No sealed box waits at this table, so there is no manifest to print.</translation>
    </message>
    <message>
        <source>No print waits to be retried.</source>
        <translation>No print waits to be retried.</translation>
    </message>
    <message numerus="yes">
        <source>Printing again: %n print(s) sent to %1.</source>
        <translation>
            <numerusform>Printing again: %n print sent to %1.</numerusform>
            <numerusform>Printing again: %n prints sent to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tube was opened and no label printed: %1</source>
        <translation>No tube was opened and no label printed: %1</translation>
    </message>
    <message>
        <source>Tube %1 is open, but its label could not be printed: %2</source>
        <translation>Tube %1 is open, but its label could not be printed: %2</translation>
    </message>
    <message>
        <source>Tube %1 is open for %2 people. Its label is being printed: stick it on the new tube, then scan the residents.</source>
        <translation>Tube %1 is open for %2 people. Its label is being printed: stick it on the new tube, then scan the residents.</translation>
    </message>
    <message>
        <source>Tube %1 is open for %2 people, but no printer is set up, so its label was not printed. Set the printer in Settings (F10), or write the code on the tube.</source>
        <translation>Tube %1 is open for %2 people, but no printer is set up, so its label was not printed. Set the printer in Settings (F10), or write the code on the tube.</translation>
    </message>
    <message>
        <source>Scan again with the scanner set up for Chinese: this resident code arrived without its Chinese characters, so nothing was recorded. A scanner that types like a keyboard cannot send Chinese; set it to HID-POS or serial mode (see the user guide, &quot;Scanners and camera&quot;).</source>
        <translation>Scan again with the scanner set up for Chinese: this resident code arrived without its Chinese characters, so nothing was recorded. A scanner that types like a keyboard cannot send Chinese; set it to HID-POS or serial mode (see the user guide, &quot;Scanners and camera&quot;).</translation>
    </message>
    <message>
        <source>Tube code %1 read for the question.</source>
        <translation>Tube code %1 read for the question.</translation>
    </message>
    <message>
        <source>Scan again: the code did not arrive whole (the station was busy), so nothing was recorded.</source>
        <translation>Scan again: the code did not arrive whole (the station was busy), so nothing was recorded.</translation>
    </message>
    <message>
        <source>%1 was already sampled today at %2 at %3 (tube %4). Sample again as a re-test?</source>
        <translation>%1 was already sampled today at %2 at %3 (tube %4). Sample again as a re-test?</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>PENDING RE-CHECK (待复核)</source>
        <translation>PENDING RE-CHECK (待复核)</translation>
    </message>
    <message>
        <source>%1 was in tube %2 (%3), which was %4: %1 must be sampled ALONE.</source>
        <translation>%1 was in tube %2 (%3), which was %4: %1 must be sampled ALONE.</translation>
    </message>
    <message>
        <source>%1 Do NOT put this swab in the pooled tube %2 (%3 / %4 people): it stays open for the next people. Take a NEW tube and scan its code:</source>
        <translation>%1 Do NOT put this swab in the pooled tube %2 (%3 / %4 people): it stays open for the next people. Take a NEW tube and scan its code:</translation>
    </message>
    <message>
        <source>%1 Take a NEW tube and scan its code:</source>
        <translation>%1 Take a NEW tube and scan its code:</translation>
    </message>
    <message>
        <source>box %1 at %2</source>
        <translation>box %1 at %2</translation>
    </message>
    <message>
        <source>%1 was already sampled again ALONE for the re-check (待复核) at %2 into tube %3. Do not take another single tube. Sample again as a re-test in the pooled tube?</source>
        <translation>%1 was already sampled again ALONE for the re-check (待复核) at %2 into tube %3. Do not take another single tube. Sample again as a re-test in the pooled tube?</translation>
    </message>
    <message>
        <source>%1 was already sampled again ALONE for the re-check (待复核) at %2 at %3 into tube %4. Do not take another single tube. Sample again as a re-test in the pooled tube?</source>
        <translation>%1 was already sampled again ALONE for the re-check (待复核) at %2 at %3 into tube %4. Do not take another single tube. Sample again as a re-test in the pooled tube?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) handed over to %1: %2, with %3 and %4 in all.</source>
        <translation>
            <numerusform>%n box handed over to %1: %2, with %3 and %4 in all.</numerusform>
            <numerusform>%n boxes handed over to %1: %2, with %3 and %4 in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n tube(s)</source>
        <translation>
            <numerusform>%n tube</numerusform>
            <numerusform>%n tubes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Box %1 of %2 handed over to %3 with %n tube(s) (%4).</source>
        <translation>
            <numerusform>Box %1 of %2 handed over to %3 with %n tube (%4).</numerusform>
            <numerusform>Box %1 of %2 handed over to %3 with %n tubes (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Box %1 handed over to %2 with %n tube(s) (%3).</source>
        <translation>
            <numerusform>Box %1 handed over to %2 with %n tube (%3).</numerusform>
            <numerusform>Box %1 handed over to %2 with %n tubes (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The wrong person was scanned</source>
        <translation>The wrong person was scanned</translation>
    </message>
    <message>
        <source>The person was scanned twice</source>
        <translation>The person was scanned twice</translation>
    </message>
    <message>
        <source>The person left before the swab</source>
        <translation>The person left before the swab</translation>
    </message>
    <message>
        <source>The swab could not be taken</source>
        <translation>The swab could not be taken</translation>
    </message>
    <message>
        <source>The shift is ending</source>
        <translation>The shift is ending</translation>
    </message>
    <message>
        <source>Nobody else is waiting</source>
        <translation>Nobody else is waiting</translation>
    </message>
    <message>
        <source>The courier is leaving now</source>
        <translation>The courier is leaving now</translation>
    </message>
    <message>
        <source>The table is closing for a break</source>
        <translation>The table is closing for a break</translation>
    </message>
    <message>
        <source>The tube was dropped or spilled</source>
        <translation>The tube was dropped or spilled</translation>
    </message>
    <message>
        <source>The tube is contaminated</source>
        <translation>The tube is contaminated</translation>
    </message>
    <message>
        <source>The tube is leaking or cracked</source>
        <translation>The tube is leaking or cracked</translation>
    </message>
    <message>
        <source>The label is wrong or unreadable</source>
        <translation>The label is wrong or unreadable</translation>
    </message>
    <message>
        <source>The swabs went into the wrong tube</source>
        <translation>The swabs went into the wrong tube</translation>
    </message>
    <message>
        <source>The next tube opens by itself and its label is printed.</source>
        <translation>The next tube opens by itself and its label is printed.</translation>
    </message>
    <message>
        <source>Scan a new tube code to open the next tube.</source>
        <translation>Scan a new tube code to open the next tube.</translation>
    </message>
    <message>
        <source>PENDING RE-CHECK (待复核): %1 was in tube %2 (%3), which was %4. Not recorded yet: %1 must be sampled ALONE in a new tube; scan its code.</source>
        <translation>PENDING RE-CHECK (待复核): %1 was in tube %2 (%3), which was %4. Not recorded yet: %1 must be sampled ALONE in a new tube; scan its code.</translation>
    </message>
    <message>
        <source>Its code was also used at another table</source>
        <translation>Its code was also used at another table</translation>
    </message>
    <message>
        <source>Its code was also used at %1</source>
        <translation>Its code was also used at %1</translation>
    </message>
    <message>
        <source>Tube %1 has %2 of %3 people, and its code was also used at %4: nobody more goes into it. Why is it sealed now?</source>
        <translation>Tube %1 has %2 of %3 people, and its code was also used at %4: nobody more goes into it. Why is it sealed now?</translation>
    </message>
    <message>
        <source>another table</source>
        <translation>another table</translation>
    </message>
    <message numerus="yes">
        <source>Tube %1 sealed with %n people. Mark it for the site lead (its code was also used at %2) and keep it apart; then scan a new tube.</source>
        <translation>
            <numerusform>Tube %1 sealed with %n person. Mark it for the site lead (its code was also used at %2) and keep it apart; then scan a new tube.</numerusform>
            <numerusform>Tube %1 sealed with %n people. Mark it for the site lead (its code was also used at %2) and keep it apart; then scan a new tube.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why is tube %1 voided? It holds no one.</source>
        <translation>Why is tube %1 voided? It holds no one.</translation>
    </message>
    <message>
        <source>Tube %1 voided; it was empty, so no one needs sampling again.</source>
        <translation>Tube %1 voided; it was empty, so no one needs sampling again.</translation>
    </message>
</context>
<context>
    <name>station::TimeText</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>station::TodaysListDialog</name>
    <message>
        <source>Today&apos;s samples</source>
        <translation>Today&apos;s samples</translation>
    </message>
    <message>
        <source>Search: tube code or last digits of the ID number</source>
        <translation>Search: tube code or last digits of the ID number</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) shown</source>
        <translation>
            <numerusform>%n sample shown</numerusform>
            <numerusform>%n samples shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Show full ID number…</source>
        <translation>Show full ID number…</translation>
    </message>
    <message>
        <source>Ctrl+I: the selected person&apos;s full ID number, with your PIN and a reason (recorded)</source>
        <translation>Ctrl+I: the selected person&apos;s full ID number, with your PIN and a reason (recorded)</translation>
    </message>
    <message>
        <source>Show full ID number</source>
        <translation>Show full ID number</translation>
    </message>
    <message>
        <source>Select a person in the list first.</source>
        <translation>Select a person in the list first.</translation>
    </message>
    <message>
        <source>Who saw full IDs…</source>
        <translation>Who saw full IDs…</translation>
    </message>
    <message>
        <source>Ctrl+H: who saw which full ID numbers in the last 7 days</source>
        <translation>Ctrl+H: who saw which full ID numbers in the last 7 days</translation>
    </message>
</context>
<context>
    <name>station::TodaysSamplesModel</name>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Voided: sample again</source>
        <translation>Voided: sample again</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Tube</source>
        <translation>Tube</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>%1 (re-test)</source>
        <translation>%1 (re-test)</translation>
    </message>
</context>
<context>
    <name>station::TubeMembersModel</name>
    <message>
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Typed in</translation>
    </message>
    <message>
        <source>%1 (re-test)</source>
        <translation>%1 (re-test)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>station::cli::BoxCommand</name>
    <message>
        <source>being packed</source>
        <translation>being packed</translation>
    </message>
    <message>
        <source>sealed, waiting for the courier</source>
        <translation>sealed, waiting for the courier</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>handed over</translation>
    </message>
    <message>
        <source>handed over at %1</source>
        <translation>handed over at %1</translation>
    </message>
    <message>
        <source>handed over at %1 (%2)</source>
        <translation>handed over at %1 (%2)</translation>
    </message>
    <message>
        <source>%1  %2  %3 tubes  %4 people  sealed %5</source>
        <translation>%1  %2  %3 tubes  %4 people  sealed %5</translation>
    </message>
    <message>
        <source>this table</source>
        <translation>this table</translation>
    </message>
    <message>
        <source>No sealed box waits for the courier at this site.</source>
        <translation>No sealed box waits for the courier at this site.</translation>
    </message>
    <message>
        <source>Box %1: %2.</source>
        <translation>Box %1: %2.</translation>
    </message>
    <message>
        <source>Packed at %1.</source>
        <translation>Packed at %1.</translation>
    </message>
    <message>
        <source>%1 tubes, %2 people.</source>
        <translation>%1 tubes, %2 people.</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Who carries the box to the laboratory (hand-over).</source>
        <translation>Who carries the box to the laboratory (hand-over).</translation>
    </message>
    <message>
        <source>Who hands the box over (default: the operator&apos;s name).</source>
        <translation>Who hands the box over (default: the operator&apos;s name).</translation>
    </message>
    <message>
        <source>Temperature in transit in degrees Celsius (required once the first swab is 2 hours old).</source>
        <translation>Temperature in transit in degrees Celsius (required once the first swab is 2 hours old).</translation>
    </message>
    <message>
        <source>Staff id of the operator who hands the box over.</source>
        <translation>Staff id of the operator who hands the box over.</translation>
    </message>
    <message>
        <source>Say what to do: box list, box show CODE or box hand-over CODE.</source>
        <translation>Say what to do: box list, box show CODE or box hand-over CODE.</translation>
    </message>
    <message>
        <source>Name the box code.</source>
        <translation>Name the box code.</translation>
    </message>
    <message>
        <source>The temperature &quot;%1&quot; is not a number of degrees Celsius.</source>
        <translation>The temperature &quot;%1&quot; is not a number of degrees Celsius.</translation>
    </message>
    <message>
        <source>The station is not provisioned. Run sampling-station-cli init first.</source>
        <translation>The station is not provisioned. Run sampling-station-cli init first.</translation>
    </message>
    <message>
        <source>The box code (show; hand-over takes one or more, for one courier).</source>
        <translation>The box code (show; hand-over takes one or more, for one courier).</translation>
    </message>
    <message>
        <source>box list | box show CODE | box hand-over CODE... --carried-by NAME: the boxes of the site waiting for the courier (this table&apos;s and other tables&apos;), one box, or hand one or more over here.</source>
        <translation>box list | box show CODE | box hand-over CODE... --carried-by NAME: the boxes of the site waiting for the courier (this table&apos;s and other tables&apos;), one box, or hand one or more over here.</translation>
    </message>
</context>
<context>
    <name>station::cli::ScanCommand</name>
    <message>
        <source>Staff id of the signed-in operator.</source>
        <translation>Staff id of the signed-in operator.</translation>
    </message>
    <message>
        <source>Name the operator with --operator STAFF_ID: every sample records who took it.</source>
        <translation>Name the operator with --operator STAFF_ID: every sample records who took it.</translation>
    </message>
    <message>
        <source>The station is not provisioned. Run sampling-station-cli init first.</source>
        <translation>The station is not provisioned. Run sampling-station-cli init first.</translation>
    </message>
    <message>
        <source>The printer in the settings cannot be used: %1</source>
        <translation>The printer in the settings cannot be used: %1</translation>
    </message>
    <message>
        <source>%1 Hand it over with: sampling-station-cli box hand-over %2 --carried-by NAME</source>
        <translation>%1 Hand it over with: sampling-station-cli box hand-over %2 --carried-by NAME</translation>
    </message>
    <message>
        <source>This line does not answer the question, so the question was not answered and nothing was recorded for it; the line is taken as the next scan.</source>
        <translation>This line does not answer the question, so the question was not answered and nothing was recorded for it; the line is taken as the next scan.</translation>
    </message>
    <message>
        <source>Read scanned texts from standard input, one a line, through the table&apos;s workflow (the same as the window), and print one JSON line per outcome. A question (a re-test, a reason, a tube code) is printed as a JSON line too; the next input line answers it (yes or no to a re-test). A line that is no answer, such as the next resident&apos;s code, leaves the question unanswered and is scanned next.</source>
        <translation>Read scanned texts from standard input, one a line, through the table&apos;s workflow (the same as the window), and print one JSON line per outcome. A question (a re-test, a reason, a tube code) is printed as a JSON line too; the next input line answers it (yes or no to a re-test). A line that is no answer, such as the next resident&apos;s code, leaves the question unanswered and is scanned next.</translation>
    </message>
    <message>
        <source>Seal it with: sampling-station-cli tube seal --reason %1</source>
        <translation>Seal it with: sampling-station-cli tube seal --reason %1</translation>
    </message>
</context>
<context>
    <name>station::cli::SignedCodesCommand</name>
    <message>
        <source>announced by the server on %1 UTC</source>
        <translation>announced by the server on %1 UTC</translation>
    </message>
    <message>
        <source>received at enrollment on %1 UTC</source>
        <translation>received at enrollment on %1 UTC</translation>
    </message>
    <message>
        <source>Province resident-code key: none (the province gave none at enrollment); signatures are not checked.</source>
        <translation>Province resident-code key: none (the province gave none at enrollment); signatures are not checked.</translation>
    </message>
    <message>
        <source>Province resident-code key: damaged in %1; every signed code is refused. Enroll the station again.</source>
        <translation>Province resident-code key: damaged in %1; every signed code is refused. Enroll the station again.</translation>
    </message>
    <message>
        <source>Province resident-code key: %1 (%2).</source>
        <translation>Province resident-code key: %1 (%2).</translation>
    </message>
    <message>
        <source>the site&apos;s choice</source>
        <translation>the site&apos;s choice</translation>
    </message>
    <message>
        <source>default while the station has no province key</source>
        <translation>default while the station has no province key</translation>
    </message>
    <message>
        <source>default once the province gives a key</source>
        <translation>default once the province gives a key</translation>
    </message>
    <message>
        <source>Unsigned resident codes: accepted (%1).</source>
        <translation>Unsigned resident codes: accepted (%1).</translation>
    </message>
    <message>
        <source>Unsigned resident codes: refused (%1).</source>
        <translation>Unsigned resident codes: refused (%1).</translation>
    </message>
    <message>
        <source>Every resident code is refused until the station has the province&apos;s key: enroll it again, or accept unsigned codes.</source>
        <translation>Every resident code is refused until the station has the province&apos;s key: enroll it again, or accept unsigned codes.</translation>
    </message>
    <message>
        <source>Whether resident codes without a signature are taken: yes, no, or default (no once the province gives a key, yes while it gives none).</source>
        <translation>Whether resident codes without a signature are taken: yes, no, or default (no once the province gives a key, yes while it gives none).</translation>
    </message>
    <message>
        <source>Show the province&apos;s resident-code key (its fingerprint) and whether unsigned resident codes are accepted; change that choice.</source>
        <translation>Show the province&apos;s resident-code key (its fingerprint) and whether unsigned resident codes are accepted; change that choice.</translation>
    </message>
    <message>
        <source>--accept-unsigned takes yes, no or default.</source>
        <translation>--accept-unsigned takes yes, no or default.</translation>
    </message>
    <message>
        <source>The choice could not be saved to %1.</source>
        <translation>The choice could not be saved to %1.</translation>
    </message>
</context>
<context>
    <name>station::cli::TubeCommand</name>
    <message>
        <source>Staff id of the operator who closes the tube.</source>
        <translation>Staff id of the operator who closes the tube.</translation>
    </message>
    <message>
        <source>tube seal|void --reason TEXT: seal the open tube early, or void it (its people must be sampled again), e.g. after a crash left it open.</source>
        <translation>tube seal|void --reason TEXT: seal the open tube early, or void it (its people must be sampled again), e.g. after a crash left it open.</translation>
    </message>
    <message>
        <source>Say what to do with the open tube: tube seal or tube void.</source>
        <translation>Say what to do with the open tube: tube seal or tube void.</translation>
    </message>
    <message>
        <source>No tube is open at this station; nothing to do.</source>
        <translation>No tube is open at this station; nothing to do.</translation>
    </message>
    <message>
        <source>Usual reasons to seal early (--reason NUMBER or TEXT):</source>
        <translation>Usual reasons to seal early (--reason NUMBER or TEXT):</translation>
    </message>
    <message>
        <source>Usual reasons to void (--reason NUMBER or TEXT):</source>
        <translation>Usual reasons to void (--reason NUMBER or TEXT):</translation>
    </message>
    <message>
        <source>Why the tube is sealed or voided (recorded in the audit log): the number of a usual reason, or a reason of your own.</source>
        <translation>Why the tube is sealed or voided (recorded in the audit log): the number of a usual reason, or a reason of your own.</translation>
    </message>
    <message>
        <source>Give the reason with --reason: it is recorded with the tube. The number of a usual reason, or a reason of your own:</source>
        <translation>Give the reason with --reason: it is recorded with the tube. The number of a usual reason, or a reason of your own:</translation>
    </message>
    <message>
        <source>--reason %1 is none of the usual reasons&apos; numbers. Give one of these numbers, or a reason of your own:</source>
        <translation>--reason %1 is none of the usual reasons&apos; numbers. Give one of these numbers, or a reason of your own:</translation>
    </message>
</context>
<context>
    <name>station::dashboard::BoxAgeModel</name>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Tubes</source>
        <translation>Tubes</translation>
    </message>
    <message>
        <source>Since first swab</source>
        <translation>Since first swab</translation>
    </message>
    <message>
        <source>4-hour limit at</source>
        <translation>4-hour limit at</translation>
    </message>
</context>
<context>
    <name>station::dashboard::DashboardWindow</name>
    <message>
        <source>Swabs today</source>
        <translation>Swabs today</translation>
    </message>
    <message>
        <source>Current rate</source>
        <translation>Current rate</translation>
    </message>
    <message>
        <source>Seconds per sample</source>
        <translation>Seconds per sample</translation>
    </message>
    <message>
        <source>Tubes waiting for the courier</source>
        <translation>Tubes waiting for the courier</translation>
    </message>
    <message>
        <source>Records not yet at the province</source>
        <translation>Records not yet at the province</translation>
    </message>
    <message>
        <source>Swabs per table</source>
        <translation>Swabs per table</translation>
    </message>
    <message>
        <source>Swabs per operator</source>
        <translation>Swabs per operator</translation>
    </message>
    <message>
        <source>Tubes by state</source>
        <translation>Tubes by state</translation>
    </message>
    <message>
        <source>Box age, minutes since first swab (limit 240)</source>
        <translation>Box age, minutes since first swab (limit 240)</translation>
    </message>
    <message>
        <source>Save shift report…</source>
        <translation>Save shift report…</translation>
    </message>
    <message>
        <source>Site dashboard</source>
        <translation>Site dashboard</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Boxes waiting (4-hour limit from the first swab)</source>
        <translation>Boxes waiting (4-hour limit from the first swab)</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>Shift report</translation>
    </message>
    <message>
        <source>Save shift report</source>
        <translation>Save shift report</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;CSV table (*.csv)</source>
        <translation>PDF document (*.pdf);;CSV table (*.csv)</translation>
    </message>
    <message>
        <source>NOT CURRENT — figures as of %1</source>
        <translation>NOT CURRENT — figures as of %1</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>No figures</translation>
    </message>
    <message>
        <source>The dashboard could not be refreshed: %1</source>
        <translation>The dashboard could not be refreshed: %1</translation>
    </message>
    <message>
        <source>Site dashboard — %1 (%2)</source>
        <translation>Site dashboard — %1 (%2)</translation>
    </message>
    <message>
        <source>people per hour, last %1 min</source>
        <translation>people per hour, last %1 min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>average over the last hour, breaks over 10 min left out</source>
        <translation>average over the last hour, breaks over 10 min left out</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no swabs in the last hour</source>
        <translation>no swabs in the last hour</translation>
    </message>
    <message>
        <source>sealed %1 · boxed %2 · open %3 · handed over today %4</source>
        <translation>sealed %1 · boxed %2 · open %3 · handed over today %4</translation>
    </message>
    <message>
        <source>everything has reached the province</source>
        <translation>everything has reached the province</translation>
    </message>
    <message>
        <source>oldest from %1; %2 waiting over 2 h</source>
        <translation>oldest from %1; %2 waiting over 2 h</translation>
    </message>
    <message>
        <source>In a box</source>
        <translation>In a box</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Tables of the site</source>
        <translation>Tables of the site</translation>
    </message>
    <message>
        <source>the site hub</source>
        <translation>the site hub</translation>
    </message>
    <message>
        <source>the site&apos;s sync server</source>
        <translation>the site&apos;s sync server</translation>
    </message>
    <message>
        <source>the province server</source>
        <translation>the province server</translation>
    </message>
    <message>
        <source>Tables of the site from %1 (as of %2); the other figures are this table&apos;s.</source>
        <translation>Tables of the site from %1 (as of %2); the other figures are this table&apos;s.</translation>
    </message>
    <message>
        <source>The site&apos;s tables are as of %1 (%2); the other figures are this table&apos;s, live.</source>
        <translation>The site&apos;s tables are as of %1 (%2); the other figures are this table&apos;s, live.</translation>
    </message>
    <message>
        <source>This station only (table %1). The other tables of the site appear when the station reaches its site hub or the province server.</source>
        <translation>This station only (table %1). The other tables of the site appear when the station reaches its site hub or the province server.</translation>
    </message>
    <message>
        <source>Figures from %1, as of %2 (%3).</source>
        <translation>Figures from %1, as of %2 (%3).</translation>
    </message>
    <message>
        <source>Asking %1 for the site&apos;s tables…</source>
        <translation>Asking %1 for the site&apos;s tables…</translation>
    </message>
    <message>
        <source>There is no site hub: each table sends straight to the province.</source>
        <translation>There is no site hub: each table sends straight to the province.</translation>
    </message>
    <message>
        <source>This province server gives swabs per table only: no tubes, boxes or backlogs.</source>
        <translation>This province server gives swabs per table only: no tubes, boxes or backlogs.</translation>
    </message>
    <message>
        <source>The hub is not connected to the province now; nothing is waiting.</source>
        <translation>The hub is not connected to the province now; nothing is waiting.</translation>
    </message>
    <message>
        <source>The hub has sent everything to the province (last at %1).</source>
        <translation>The hub has sent everything to the province (last at %1).</translation>
    </message>
    <message>
        <source>The hub&apos;s backlog to the province: %1 records, oldest from %2 (last sent %3).</source>
        <translation>The hub&apos;s backlog to the province: %1 records, oldest from %2 (last sent %3).</translation>
    </message>
    <message>
        <source>The hub cannot reach the province: %1 records waiting (last sent %2). Nothing is lost; they go when the link is back.</source>
        <translation>The hub cannot reach the province: %1 records waiting (last sent %2). Nothing is lost; they go when the link is back.</translation>
    </message>
    <message>
        <source>Recalls: people to sample again alone</source>
        <translation>Recalls: people to sample again alone</translation>
    </message>
    <message>
        <source>No alerts: every table is sampling, and no box or record is waiting too long.</source>
        <translation>No alerts: every table is sampling, and no box or record is waiting too long.</translation>
    </message>
    <message>
        <source>Scan NOT taken: the dashboard is in front of the table.</source>
        <translation>Scan NOT taken: the dashboard is in front of the table.</translation>
    </message>
    <message>
        <source>Press Esc or F4 (or click here) to go back to the table, then scan again.</source>
        <translation>Press Esc or F4 (or click here) to go back to the table, then scan again.</translation>
    </message>
    <message>
        <source>%1 here · %2 at the site hub, not yet at the province</source>
        <translation>%1 here · %2 at the site hub, not yet at the province</translation>
    </message>
    <message>
        <source> (the hub&apos;s figure as of %1)</source>
        <translation> (the hub&apos;s figure as of %1)</translation>
    </message>
    <message>
        <source>Contact details…</source>
        <translation>Contact details…</translation>
    </message>
    <message>
        <source>The names and phone numbers of the selected tube&apos;s recalled people sampled at this table, to call them back (site lead; your PIN; recorded and reported to the province).</source>
        <translation>The names and phone numbers of the selected tube&apos;s recalled people sampled at this table, to call them back (site lead; your PIN; recorded and reported to the province).</translation>
    </message>
    <message>
        <source>Select a recall of this table to call its tube&apos;s people.</source>
        <translation>Select a recall of this table to call its tube&apos;s people.</translation>
    </message>
    <message>
        <source>Press Esc or F4 (or click here) to go back to the table.</source>
        <translation>Press Esc or F4 (or click here) to go back to the table.</translation>
    </message>
    <message>
        <source>Tube %1: its recalled people sampled at this table can be called back.</source>
        <translation>Tube %1: its recalled people sampled at this table can be called back.</translation>
    </message>
    <message>
        <source>The hub is connected to the province; nothing sent yet, nothing waiting.</source>
        <translation>The hub is connected to the province; nothing sent yet, nothing waiting.</translation>
    </message>
    <message>
        <source>The hub&apos;s backlog to the province: %1 records, oldest from %2 (nothing sent yet).</source>
        <translation>The hub&apos;s backlog to the province: %1 records, oldest from %2 (nothing sent yet).</translation>
    </message>
    <message>
        <source>The hub cannot reach the province: %1 records waiting (nothing sent yet). Nothing is lost; they go when the link is back.</source>
        <translation>The hub cannot reach the province: %1 records waiting (nothing sent yet). Nothing is lost; they go when the link is back.</translation>
    </message>
    <message>
        <source>Recalls (pending re-check): people of positive or invalid tubes to sample again alone</source>
        <translation>Recalls (pending re-check): people of positive or invalid tubes to sample again alone</translation>
    </message>
    <message>
        <source>%1 an hour</source>
        <translation>%1 an hour</translation>
    </message>
    <message>
        <source>%2 Showing the last figures of %1, as of %3 (%4); this table&apos;s own figures are live.</source>
        <translation>%2 Showing the last figures of %1, as of %3 (%4); this table&apos;s own figures are live.</translation>
    </message>
    <message>
        <source>%2 This table&apos;s own figures are live; the other tables appear when %1 answers.</source>
        <translation>%2 This table&apos;s own figures are live; the other tables appear when %1 answers.</translation>
    </message>
</context>
<context>
    <name>station::dashboard::ForecastPanel</name>
    <message>
        <source>Queue forecast</source>
        <translation>Queue forecast</translation>
    </message>
    <message>
        <source>Finish by</source>
        <translation>Finish by</translation>
    </message>
    <message>
        <source> people</source>
        <translation> people</translation>
    </message>
    <message>
        <source>Still to sample</source>
        <translation>Still to sample</translation>
    </message>
    <message>
        <source>Tables working</source>
        <translation>Tables working</translation>
    </message>
    <message>
        <source>Current rate</source>
        <translation>Current rate</translation>
    </message>
    <message>
        <source>Projected finish</source>
        <translation>Projected finish</translation>
    </message>
    <message>
        <source>Tables needed</source>
        <translation>Tables needed</translation>
    </message>
    <message>
        <source>Assumes the current rate continues and every table, including added ones, works at today&apos;s average rate per table. Include people who must be sampled again.</source>
        <translation>Assumes the current rate continues and every table, including added ones, works at today&apos;s average rate per table. Include people who must be sampled again.</translation>
    </message>
    <message>
        <source>%1 people/hour (last %2 min)</source>
        <translation>%1 people/hour (last %2 min)</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>no swabs in the last %1 min</source>
        <translation>no swabs in the last %1 min</translation>
    </message>
    <message>
        <source>%1 (%2 more)</source>
        <translation>%1 (%2 more)</translation>
    </message>
    <message>
        <source>%1 (enough)</source>
        <translation>%1 (enough)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Planning guideline: %1–%2 tables for %3 people (one table per 600–800 people).</source>
        <translation>Planning guideline: %1–%2 tables for %3 people (one table per 600–800 people).</translation>
    </message>
</context>
<context>
    <name>station::dashboard::OperatorThroughputModel</name>
    <message>
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Swabs today</source>
        <translation>Swabs today</translation>
    </message>
</context>
<context>
    <name>station::dashboard::RecallListModel</name>
    <message>
        <source>a person of tube %1 at %2</source>
        <translation>a person of tube %1 at %2</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>NOT YET sampled again</source>
        <translation>NOT YET sampled again</translation>
    </message>
    <message>
        <source>sampled again alone (%1)</source>
        <translation>sampled again alone (%1)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Tube</source>
        <translation>Tube</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Sampled again</source>
        <translation>Sampled again</translation>
    </message>
    <message>
        <source>sampled again (%1, tube %2), not yet at the province</source>
        <translation>sampled again (%1, tube %2), not yet at the province</translation>
    </message>
    <message>
        <source>sampled again at %1 (%2, tube %3), not yet at the province</source>
        <translation>sampled again at %1 (%2, tube %3), not yet at the province</translation>
    </message>
    <message>
        <source>Recall closed: nobody to call.</source>
        <translation>Recall closed: nobody to call.</translation>
    </message>
    <message>
        <source>The contact details of tube %1&apos;s people are at %2: open the recall list there.</source>
        <translation>The contact details of tube %1&apos;s people are at %2: open the recall list there.</translation>
    </message>
</context>
<context>
    <name>station::dashboard::ShiftReportExporter</name>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Cannot write the report to %1: %2</translation>
    </message>
    <message>
        <source>Shift report for %1 saved to %2.</source>
        <translation>Shift report for %1 saved to %2.</translation>
    </message>
</context>
<context>
    <name>station::dashboard::SiteTablesFetcher</name>
    <message>
        <source>This station is not enrolled with a hub or the province server.</source>
        <translation>This station is not enrolled with a hub or the province server.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>The server cannot be reached (%1).</translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation>The server answered with error %1.</translation>
    </message>
    <message>
        <source>The server answered with error %1: %2</source>
        <translation>The server answered with error %1: %2</translation>
    </message>
</context>
<context>
    <name>station::dashboard::SiteTablesModel</name>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>%1 (this table)</source>
        <translation>%1 (this table)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>swabs in the last hour (per 10 minutes)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1, oldest %2</source>
        <translation>%1, oldest %2</translation>
    </message>
    <message numerus="yes">
        <source>■ %1 — %n OVER 4 h</source>
        <translation>
            <numerusform>■ %1 — %n box OVER 4 h</numerusform>
            <numerusform>■ %1 — %n boxes OVER 4 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %1 — %n near 4 h</source>
        <translation>
            <numerusform>▲ %1 — %n box near 4 h</numerusform>
            <numerusform>▲ %1 — %n boxes near 4 h</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>live, as of %1</source>
        <translation>live, as of %1</translation>
    </message>
    <message>
        <source>NOT HEARD FROM yet</source>
        <translation>NOT HEARD FROM yet</translation>
    </message>
    <message>
        <source>NOT HEARD FROM since %1, %2</source>
        <translation>NOT HEARD FROM since %1, %2</translation>
    </message>
    <message>
        <source>as of %1, %2</source>
        <translation>as of %1, %2</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Swabs today</source>
        <translation>Swabs today</translation>
    </message>
    <message>
        <source>Last hour (per 10 min)</source>
        <translation>Last hour (per 10 min)</translation>
    </message>
    <message>
        <source>Last swab</source>
        <translation>Last swab</translation>
    </message>
    <message>
        <source>Open tubes</source>
        <translation>Open tubes</translation>
    </message>
    <message>
        <source>Boxes waiting</source>
        <translation>Boxes waiting</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>Not yet sent</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — idle %2</source>
        <translation>%1 — idle %2</translation>
    </message>
</context>
<context>
    <name>station::dashboard::TableThroughputModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Swabs today</source>
        <translation>Swabs today</translation>
    </message>
    <message>
        <source>s / sample (1 h)</source>
        <translation>s / sample (1 h)</translation>
    </message>
    <message>
        <source>Last swab</source>
        <translation>Last swab</translation>
    </message>
</context>
<context>
    <name>station::dashboard::ThroughputChart</name>
    <message>
        <source>Swabs per 10 minutes today</source>
        <translation>Swabs per 10 minutes today</translation>
    </message>
</context>
<context>
    <name>station::dashboard::ThroughputQueries</name>
    <message>
        <source>counting samples per interval</source>
        <translation>counting samples per interval</translation>
    </message>
    <message>
        <source>counting recent samples</source>
        <translation>counting recent samples</translation>
    </message>
    <message>
        <source>measuring the time per sample</source>
        <translation>measuring the time per sample</translation>
    </message>
    <message>
        <source>finding the last sample</source>
        <translation>finding the last sample</translation>
    </message>
    <message>
        <source>counting samples per operator</source>
        <translation>counting samples per operator</translation>
    </message>
    <message>
        <source>counting tubes</source>
        <translation>counting tubes</translation>
    </message>
    <message>
        <source>ageing the boxes</source>
        <translation>ageing the boxes</translation>
    </message>
    <message>
        <source>counting records waiting to be sent</source>
        <translation>counting records waiting to be sent</translation>
    </message>
    <message>
        <source>Table %1 has taken no sample for %2 (last at %3).</source>
        <translation>Table %1 has taken no sample for %2 (last at %3).</translation>
    </message>
    <message>
        <source>Table %1 has taken no sample since the shift began at %2.</source>
        <translation>Table %1 has taken no sample since the shift began at %2.</translation>
    </message>
    <message>
        <source>Box %1 passed the 4-hour limit at %2 (first swab %3 ago). Call the courier and record the temperature.</source>
        <translation>Box %1 passed the 4-hour limit at %2 (first swab %3 ago). Call the courier and record the temperature.</translation>
    </message>
    <message>
        <source>Box %1 reaches the 4-hour limit at %2 (first swab %3 ago).</source>
        <translation>Box %1 reaches the 4-hour limit at %2 (first swab %3 ago).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) have waited more than 2 hours to reach the province (oldest from %1). Check the network.</source>
        <translation>
            <numerusform>%n record has waited more than 2 hours to reach the province (oldest from %1). Check the network.</numerusform>
            <numerusform>%n records have waited more than 2 hours to reach the province (oldest from %1). Check the network.</numerusform>
        </translation>
    </message>
    <message>
        <source>counting sync problems</source>
        <translation>counting sync problems</translation>
    </message>
    <message numerus="yes">
        <source>Sync problem: %n tube code(s) of this table were also used at another table. Keep those tubes apart and tell the laboratory. See Sync problems (F7).</source>
        <translation>
            <numerusform>Sync problem: %n tube code of this table was also used at another table. Keep those tubes apart and tell the laboratory. See Sync problems (F7).</numerusform>
            <numerusform>Sync problem: %n tube codes of this table were also used at another table. Keep those tubes apart and tell the laboratory. See Sync problems (F7).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync problem: %n tube(s) packed here were also packed into a box at another table. Open neither box. See Sync problems (F7).</source>
        <translation>
            <numerusform>Sync problem: %n tube packed here was also packed into a box at another table. Open neither box. See Sync problems (F7).</numerusform>
            <numerusform>Sync problem: %n tubes packed here were also packed into a box at another table. Open neither box. See Sync problems (F7).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync problem: %n box(es) were handed over both here and at another table. See Sync problems (F7).</source>
        <translation>
            <numerusform>Sync problem: %n box was handed over both here and at another table. See Sync problems (F7).</numerusform>
            <numerusform>Sync problem: %n boxes were handed over both here and at another table. See Sync problems (F7).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync problem: the province refused %n record(s) that the site hub had taken. See Sync problems (F7).</source>
        <translation>
            <numerusform>Sync problem: the province refused %n record that the site hub had taken. See Sync problems (F7).</numerusform>
            <numerusform>Sync problem: the province refused %n records that the site hub had taken. See Sync problems (F7).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync problem: the server did not take %n record(s) of this table. See Sync problems (F7).</source>
        <translation>
            <numerusform>Sync problem: the server did not take %n record of this table. See Sync problems (F7).</numerusform>
            <numerusform>Sync problem: the server did not take %n records of this table. See Sync problems (F7).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync problem: %n person(s) sampled here were also sampled at another table the same day without a confirmed re-test. See Sync problems (F7).</source>
        <translation>
            <numerusform>Sync problem: %n person sampled here was also sampled at another table the same day without a confirmed re-test. See Sync problems (F7).</numerusform>
            <numerusform>Sync problem: %n people sampled here were also sampled at another table the same day without a confirmed re-test. See Sync problems (F7).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync problem: %n staff ID(s) are held by two people at the site. See Sync problems (F7).</source>
        <translation>
            <numerusform>Sync problem: %n staff ID is held by two people at the site. See Sync problems (F7).</numerusform>
            <numerusform>Sync problem: %n staff IDs are held by two people at the site. See Sync problems (F7).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync problem: %n site note(s) of kind &quot;%1&quot;. See Sync problems (F7).</source>
        <translation>
            <numerusform>Sync problem: %n site note of kind &quot;%1&quot;. See Sync problems (F7).</numerusform>
            <numerusform>Sync problem: %n site notes of kind &quot;%1&quot;. See Sync problems (F7).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::labels::Code128Renderer</name>
    <message>
        <source>A Code 128 barcode holds 1 to %1 characters; this code has %2.</source>
        <translation>A Code 128 barcode holds 1 to %1 characters; this code has %2.</translation>
    </message>
    <message>
        <source>The code contains a character a Code 128 label cannot print (U+%1).</source>
        <translation>The code contains a character a Code 128 label cannot print (U+%1).</translation>
    </message>
    <message>
        <source>The barcode writer cannot encode this code.</source>
        <translation>The barcode writer cannot encode this code.</translation>
    </message>
    <message>
        <source>The barcode needs %1 mm at %2 dpi but the label has %3 mm; use a wider label or a shorter code.</source>
        <translation>The barcode needs %1 mm at %2 dpi but the label has %3 mm; use a wider label or a shorter code.</translation>
    </message>
</context>
<context>
    <name>station::labels::CupsBackend</name>
    <message>
        <source>CUPS raw queue %1</source>
        <translation>CUPS raw queue %1</translation>
    </message>
    <message>
        <source>CUPS printer %1</source>
        <translation>CUPS printer %1</translation>
    </message>
    <message>
        <source>Cannot run %1 to print on %2: %3. Is CUPS installed?</source>
        <translation>Cannot run %1 to print on %2: %3. Is CUPS installed?</translation>
    </message>
    <message>
        <source>CUPS did not accept the job for %1 in time; retry.</source>
        <translation>CUPS did not accept the job for %1 in time; retry.</translation>
    </message>
    <message>
        <source>CUPS refused the job for %1: %2</source>
        <translation>CUPS refused the job for %1: %2</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Sent to %1.</translation>
    </message>
</context>
<context>
    <name>station::labels::LabelLayout</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>Pool %1</source>
        <translation>Pool %1</translation>
    </message>
    <message>
        <source>The tube label has no tube code.</source>
        <translation>The tube label has no tube code.</translation>
    </message>
    <message>
        <source>The box label has no box code.</source>
        <translation>The box label has no box code.</translation>
    </message>
    <message>
        <source>Transfer box</source>
        <translation>Transfer box</translation>
    </message>
</context>
<context>
    <name>station::labels::LabelRenderer</name>
    <message>
        <source>A printer resolution of %1 dpi is not supported.</source>
        <translation>A printer resolution of %1 dpi is not supported.</translation>
    </message>
    <message>
        <source>Copies must be between 1 and 999 (not %1).</source>
        <translation>Copies must be between 1 and 999 (not %1).</translation>
    </message>
</context>
<context>
    <name>station::labels::ManifestLayout</name>
    <message>
        <source>The manifest has no box code.</source>
        <translation>The manifest has no box code.</translation>
    </message>
    <message>
        <source>Box %1 has no tubes; scan its sealed tubes before printing the manifest.</source>
        <translation>Box %1 has no tubes; scan its sealed tubes before printing the manifest.</translation>
    </message>
    <message>
        <source>The manifest has no page %1.</source>
        <translation>The manifest has no page %1.</translation>
    </message>
    <message>
        <source>Sample transfer manifest</source>
        <translation>Sample transfer manifest</translation>
    </message>
    <message>
        <source>Sampling site: %1</source>
        <translation>Sampling site: %1</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>Box %1</translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — page %2 of %3</translation>
    </message>
    <message>
        <source>Tubes</source>
        <translation>Tubes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Box sealed</source>
        <translation>Box sealed</translation>
    </message>
    <message>
        <source>First swab</source>
        <translation>First swab</translation>
    </message>
    <message>
        <source>At the lab by (4 h)</source>
        <translation>At the lab by (4 h)</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tube code</source>
        <translation>Tube code</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <source>Total — tubes: %1</source>
        <translation>Total — tubes: %1</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Hand-over</translation>
    </message>
    <message>
        <source>Handed over by (site)</source>
        <translation>Handed over by (site)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Carried by (transport)</source>
        <translation>Carried by (transport)</translation>
    </message>
    <message>
        <source>Hand-over time</source>
        <translation>Hand-over time</translation>
    </message>
    <message>
        <source>Received at the lab by</source>
        <translation>Received at the lab by</translation>
    </message>
    <message>
        <source>Time received</source>
        <translation>Time received</translation>
    </message>
    <message>
        <source>Box %1 · tubes: %2 · people: %3</source>
        <translation>Box %1 · tubes: %2 · people: %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1 — tubes: %2</source>
        <translation>%1 — tubes: %2</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>Temperature in transit (°C, if over 2 h)</source>
        <translation>Temperature in transit (°C, if over 2 h)</translation>
    </message>
    <message>
        <source>CODE SHARED with %1</source>
        <translation>CODE SHARED with %1</translation>
    </message>
</context>
<context>
    <name>station::labels::PdfFileBackend</name>
    <message>
        <source>PDF file %1</source>
        <translation>PDF file %1</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>The PDF could not be started.</translation>
    </message>
    <message>
        <source>The PDF could not add a page.</source>
        <translation>The PDF could not add a page.</translation>
    </message>
    <message>
        <source>Cannot write the PDF to %1: %2</source>
        <translation>Cannot write the PDF to %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>station::labels::PngFileBackend</name>
    <message>
        <source>PNG file %1</source>
        <translation>PNG file %1</translation>
    </message>
    <message>
        <source>Cannot write the image to %1: %2</source>
        <translation>Cannot write the image to %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n image(s).</source>
        <translation>
            <numerusform>Saved %n image.</numerusform>
            <numerusform>Saved %n images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::labels::PrintQueue</name>
    <message>
        <source>No printer is set up.</source>
        <translation>No printer is set up.</translation>
    </message>
</context>
<context>
    <name>station::labels::PrinterRegistry</name>
    <message>
        <source>zpl://HOST[:PORT]</source>
        <translation>zpl://HOST[:PORT]</translation>
    </message>
    <message>
        <source>a Zebra printer on the network (ZPL, port %1 unless given)</source>
        <translation>a Zebra printer on the network (ZPL, port %1 unless given)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a printer address; use zpl://HOST[:PORT].</source>
        <translation>&quot;%1&quot; is not a printer address; use zpl://HOST[:PORT].</translation>
    </message>
    <message>
        <source>zpl-file:PATH</source>
        <translation>zpl-file:PATH</translation>
    </message>
    <message>
        <source>ZPL written to a file or a printer&apos;s device node</source>
        <translation>ZPL written to a file or a printer&apos;s device node</translation>
    </message>
    <message>
        <source>cups:QUEUE</source>
        <translation>cups:QUEUE</translation>
    </message>
    <message>
        <source>a PDF of the label through a CUPS queue (lp)</source>
        <translation>a PDF of the label through a CUPS queue (lp)</translation>
    </message>
    <message>
        <source>cups-raw:QUEUE</source>
        <translation>cups-raw:QUEUE</translation>
    </message>
    <message>
        <source>ZPL through a raw CUPS queue (lp -o raw), for a Zebra behind CUPS</source>
        <translation>ZPL through a raw CUPS queue (lp -o raw), for a Zebra behind CUPS</translation>
    </message>
    <message>
        <source>pdf:PATH</source>
        <translation>pdf:PATH</translation>
    </message>
    <message>
        <source>a PDF file</source>
        <translation>a PDF file</translation>
    </message>
    <message>
        <source>png:PATH</source>
        <translation>png:PATH</translation>
    </message>
    <message>
        <source>PNG images, one a page</source>
        <translation>PNG images, one a page</translation>
    </message>
    <message>
        <source>Unknown printer &quot;%1&quot;; use %2.</source>
        <translation>Unknown printer &quot;%1&quot;; use %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no queue or file.</source>
        <translation>&quot;%1&quot; names no queue or file.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>station::labels::QrRenderer</name>
    <message>
        <source>There is no code to put in the QR code.</source>
        <translation>There is no code to put in the QR code.</translation>
    </message>
    <message>
        <source>The QR code writer cannot encode this code.</source>
        <translation>The QR code writer cannot encode this code.</translation>
    </message>
    <message>
        <source>The QR code needs %1 mm at %2 dpi but the label has %3 mm.</source>
        <translation>The QR code needs %1 mm at %2 dpi but the label has %3 mm.</translation>
    </message>
</context>
<context>
    <name>station::labels::SplitPrinter</name>
    <message>
        <source>%1 (manifests)</source>
        <translation>%1 (manifests)</translation>
    </message>
    <message>
        <source>%1 (labels), %2 (manifests)</source>
        <translation>%1 (labels), %2 (manifests)</translation>
    </message>
    <message>
        <source>No printer is set up for manifests.</source>
        <translation>No printer is set up for manifests.</translation>
    </message>
    <message>
        <source>No printer is set up for labels.</source>
        <translation>No printer is set up for labels.</translation>
    </message>
</context>
<context>
    <name>station::labels::ZplEncoder</name>
    <message>
        <source>The manifest is an A4 document; print it on a page printer or to PDF, not on a label printer.</source>
        <translation>The manifest is an A4 document; print it on a page printer or to PDF, not on a label printer.</translation>
    </message>
    <message>
        <source>The code %1 contains ^ or ~, which a ZPL label cannot carry.</source>
        <translation>The code %1 contains ^ or ~, which a ZPL label cannot carry.</translation>
    </message>
</context>
<context>
    <name>station::labels::ZplFileBackend</name>
    <message>
        <source>ZPL file %1</source>
        <translation>ZPL file %1</translation>
    </message>
    <message>
        <source>Cannot write the ZPL to %1: %2</source>
        <translation>Cannot write the ZPL to %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>station::labels::ZplTcpBackend</name>
    <message>
        <source>Zebra printer %1:%2</source>
        <translation>Zebra printer %1:%2</translation>
    </message>
    <message>
        <source>Printer %1:%2 is unreachable (%3). Check that it is switched on and on the network, then retry.</source>
        <translation>Printer %1:%2 is unreachable (%3). Check that it is switched on and on the network, then retry.</translation>
    </message>
    <message>
        <source>Printer %1:%2 stopped accepting the label (%3); retry.</source>
        <translation>Printer %1:%2 stopped accepting the label (%3); retry.</translation>
    </message>
    <message>
        <source>Sent to printer %1:%2.</source>
        <translation>Sent to printer %1:%2.</translation>
    </message>
</context>
<context>
    <name>station::scan::CameraScanner</name>
    <message>
        <source>No camera found. Plug in a USB camera; scanning starts by itself when it appears.</source>
        <translation>No camera found. Plug in a USB camera; scanning starts by itself when it appears.</translation>
    </message>
    <message>
        <source>Camera &quot;%1&quot; is scanning.</source>
        <translation>Camera &quot;%1&quot; is scanning.</translation>
    </message>
    <message>
        <source>The camera was unplugged. Plug it back in; scanning starts again by itself.</source>
        <translation>The camera was unplugged. Plug it back in; scanning starts again by itself.</translation>
    </message>
    <message>
        <source>The camera stopped working (%1). The station keeps trying to reconnect.</source>
        <translation>The camera stopped working (%1). The station keeps trying to reconnect.</translation>
    </message>
</context>
<context>
    <name>station::scan::FrameDecodeWorker</name>
    <message>
        <source>Two different codes are in view. Show one code at a time; none was taken.</source>
        <translation>Two different codes are in view. Show one code at a time; none was taken.</translation>
    </message>
</context>
<context>
    <name>station::scan::HidPosReportParser</name>
    <message>
        <source>Part of the last HID-POS scan was lost, so nothing was taken from it. Scan again.</source>
        <translation>Part of the last HID-POS scan was lost, so nothing was taken from it. Scan again.</translation>
    </message>
    <message>
        <source>The HID-POS scanner sent text that is not UTF-8 (it may be set to GBK), so nothing was taken from this scan. Set the scanner to send UTF-8 and scan again.</source>
        <translation>The HID-POS scanner sent text that is not UTF-8 (it may be set to GBK), so nothing was taken from this scan. Set the scanner to send UTF-8 and scan again.</translation>
    </message>
    <message>
        <source>The HID-POS scanner sent a damaged report, so nothing was taken from this scan. Scan again.</source>
        <translation>The HID-POS scanner sent a damaged report, so nothing was taken from this scan. Scan again.</translation>
    </message>
    <message numerus="yes">
        <source>The HID-POS scan was longer than %n byte(s), which no resident, tube or box code is, so nothing was taken from it. Scan again.</source>
        <translation>
            <numerusform>The HID-POS scan was longer than %n byte, which no resident, tube or box code is, so nothing was taken from it. Scan again.</numerusform>
            <numerusform>The HID-POS scan was longer than %n bytes, which no resident, tube or box code is, so nothing was taken from it. Scan again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::scan::HidPosScanner</name>
    <message>
        <source>The HID-POS scanner setting “%1” is neither “auto” nor a USB VID:PID. Correct it in the settings.</source>
        <translation>The HID-POS scanner setting “%1” is neither “auto” nor a USB VID:PID. Correct it in the settings.</translation>
    </message>
    <message>
        <source>HID-POS scanner connected: %1.</source>
        <translation>HID-POS scanner connected: %1.</translation>
    </message>
    <message>
        <source>HID-POS scanner not found. Plug it in and set it to HID-POS mode (see the user guide); the station keeps looking.</source>
        <translation>HID-POS scanner not found. Plug it in and set it to HID-POS mode (see the user guide); the station keeps looking.</translation>
    </message>
    <message>
        <source>HID-POS scanner %1 not found. Plug it in; the station keeps looking.</source>
        <translation>HID-POS scanner %1 not found. Plug it in; the station keeps looking.</translation>
    </message>
    <message>
        <source>The scanner %1 is plugged in but not in HID-POS mode. Scan the HID-POS setup code from its manual; the station keeps looking.</source>
        <translation>The scanner %1 is plugged in but not in HID-POS mode. Scan the HID-POS setup code from its manual; the station keeps looking.</translation>
    </message>
    <message>
        <source>HID-POS scanner %1: permission denied. Install the station&apos;s udev rule (60-sampling-station-scanners.rules) and plug the scanner in again; the station keeps trying.</source>
        <translation>HID-POS scanner %1: permission denied. Install the station&apos;s udev rule (60-sampling-station-scanners.rules) and plug the scanner in again; the station keeps trying.</translation>
    </message>
    <message>
        <source>HID-POS scanner %1 could not be opened (another program may hold it); the station keeps trying.</source>
        <translation>HID-POS scanner %1 could not be opened (another program may hold it); the station keeps trying.</translation>
    </message>
    <message>
        <source>HID-POS scanner lost: it was unplugged or stopped answering. Plug it back in; the station reconnects by itself.</source>
        <translation>HID-POS scanner lost: it was unplugged or stopped answering. Plug it back in; the station reconnects by itself.</translation>
    </message>
</context>
<context>
    <name>station::scan::SerialScanner</name>
    <message>
        <source>No serial scanner port is set. Choose one in the settings.</source>
        <translation>No serial scanner port is set. Choose one in the settings.</translation>
    </message>
    <message>
        <source>Serial scanner connected on %1.</source>
        <translation>Serial scanner connected on %1.</translation>
    </message>
    <message>
        <source>The serial scanner on %1 sends data without line ends. Check that its baud rate is %2 and that it ends each scan with Enter (CR or LF).</source>
        <translation>The serial scanner on %1 sends data without line ends. Check that its baud rate is %2 and that it ends each scan with Enter (CR or LF).</translation>
    </message>
    <message>
        <source>The serial scanner port %1 does not exist. Plug the scanner in; the station keeps trying.</source>
        <translation>The serial scanner port %1 does not exist. Plug the scanner in; the station keeps trying.</translation>
    </message>
    <message>
        <source>No permission to open %1 (it may be in use by another program, or this user is not in the dialout group). The station keeps trying.</source>
        <translation>No permission to open %1 (it may be in use by another program, or this user is not in the dialout group). The station keeps trying.</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 is already open.</translation>
    </message>
    <message>
        <source>The serial scanner on %1 was disconnected. Plug it back in; the station reconnects by itself.</source>
        <translation>The serial scanner on %1 was disconnected. Plug it back in; the station reconnects by itself.</translation>
    </message>
    <message>
        <source>%1 does not support the settings (baud rate %2).</source>
        <translation>%1 does not support the settings (baud rate %2).</translation>
    </message>
    <message>
        <source>Serial scanner on %1: %2</source>
        <translation>Serial scanner on %1: %2</translation>
    </message>
</context>
<context>
    <name>station::scan::VideoFileScanner</name>
    <message>
        <source>The video file cannot be played: %1</source>
        <translation>The video file cannot be played: %1</translation>
    </message>
    <message>
        <source>The video file %1 does not exist.</source>
        <translation>The video file %1 does not exist.</translation>
    </message>
    <message>
        <source>Reading codes from the video %1.</source>
        <translation>Reading codes from the video %1.</translation>
    </message>
</context>
<context>
    <name>station::widgets::LabelPreview</name>
    <message>
        <source>No label to preview.</source>
        <translation>No label to preview.</translation>
    </message>
</context>
<context>
    <name>station::widgets::PrinterAlert</name>
    <message>
        <source>Retry printing
Ctrl+R</source>
        <translation>Retry printing
Ctrl+R</translation>
    </message>
    <message numerus="yes">
        <source>Printer problem: %1
%n print(s) waiting. Scanning goes on; fix the printer, then press Retry (Ctrl+R).</source>
        <translation>
            <numerusform>Printer problem: %1
%n print waiting. Scanning goes on; fix the printer, then press Retry (Ctrl+R).</numerusform>
            <numerusform>Printer problem: %1
%n prints waiting. Scanning goes on; fix the printer, then press Retry (Ctrl+R).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::widgets::PrinterTestPage</name>
    <message>
        <source>Printer test label</source>
        <translation>Printer test label</translation>
    </message>
    <message>
        <source>No label printer is set up: enter a printer&apos;s name or address above, then print the test label.</source>
        <translation>No label printer is set up: enter a printer&apos;s name or address above, then print the test label.</translation>
    </message>
    <message>
        <source>The test label was sent to %1.</source>
        <translation>The test label was sent to %1.</translation>
    </message>
    <message>
        <source>The system knows no printers at all: check that the printing service (CUPS) is running and that the printer is installed.</source>
        <translation>The system knows no printers at all: check that the printing service (CUPS) is running and that the printer is installed.</translation>
    </message>
</context>
<context>
    <name>station::widgets::ReprintReasonDialog</name>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Already printed: %1. Why is it printed again? The reason is recorded.</source>
        <translation>Already printed: %1. Why is it printed again? The reason is recorded.</translation>
    </message>
    <message>
        <source>The label is damaged or unreadable</source>
        <translation>The label is damaged or unreadable</translation>
    </message>
    <message>
        <source>The label was lost</source>
        <translation>The label was lost</translation>
    </message>
    <message>
        <source>The printer jammed or printed badly</source>
        <translation>The printer jammed or printed badly</translation>
    </message>
    <message>
        <source>Another copy is needed</source>
        <translation>Another copy is needed</translation>
    </message>
    <message>
        <source>Or type the reason</source>
        <translation>Or type the reason</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Do not print</source>
        <translation>Do not print</translation>
    </message>
</context>
<context>
    <name>station::widgets::StationPrinter</name>
    <message>
        <source>a system printer&apos;s name</source>
        <translation>a system printer&apos;s name</translation>
    </message>
    <message>
        <source>a printer the system knows (CUPS), by its name, through its driver</source>
        <translation>a printer the system knows (CUPS), by its name, through its driver</translation>
    </message>
</context>
<context>
    <name>station::widgets::SystemPrinterBackend</name>
    <message>
        <source>Printer %1</source>
        <translation>Printer %1</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; is not available; check that it is installed and switched on, then retry.</source>
        <translation>Printer &quot;%1&quot; is not available; check that it is installed and switched on, then retry.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; did not accept the job; retry.</source>
        <translation>Printer &quot;%1&quot; did not accept the job; retry.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; stopped the job; retry.</source>
        <translation>Printer &quot;%1&quot; stopped the job; retry.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; reported an error; retry.</source>
        <translation>Printer &quot;%1&quot; reported an error; retry.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Sent to %1.</translation>
    </message>
</context>
</TS>
