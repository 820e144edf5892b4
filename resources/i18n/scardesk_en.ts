<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n event.</numerusform>
            <numerusform>%n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) saved as %1</source>
        <translation>
            <numerusform>%n event saved as %1</numerusform>
            <numerusform>%n events saved as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s)</source>
        <translation>
            <numerusform>%n failed sign-in</numerusform>
            <numerusform>%n failed sign-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n current assessment(s). Scores are computed from the stored counts.</source>
        <translation>
            <numerusform>%n current assessment. Scores are computed from the stored counts.</numerusform>
            <numerusform>%n current assessments. Scores are computed from the stored counts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date}: Goodman &amp; Baron {gb}, ECCA {ecca}, %n photo(s)</source>
        <translation>
            <numerusform>{date}: Goodman &amp; Baron {gb}, ECCA {ecca}, %n photo</numerusform>
            <numerusform>{date}: Goodman &amp; Baron {gb}, ECCA {ecca}, %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing of yours has been saved yet, and their version is safe. The two versions differ in %n field(s), highlighted below. Choose which version to keep.</source>
        <translation>
            <numerusform>Nothing of yours has been saved yet, and their version is safe. The two versions differ in %n field, highlighted below. Choose which version to keep.</numerusform>
            <numerusform>Nothing of yours has been saved yet, and their version is safe. The two versions differ in %n fields, highlighted below. Choose which version to keep.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found: choose the other file of this person.</source>
        <translation>
            <numerusform>%n record found: choose the other file of this person.</numerusform>
            <numerusform>%n records found: choose the other file of this person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) imported; metadata removed.</source>
        <translation>
            <numerusform>%n photo imported; metadata removed.</numerusform>
            <numerusform>%n photos imported; metadata removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n point(s) above the clinic&apos;s ceiling of {ceiling} per point (clinic policy): the safety check asks for the prescriber&apos;s reason.</source>
        <translation>
            <numerusform>⚠ %n point above the clinic&apos;s ceiling of {ceiling} per point (clinic policy): the safety check asks for the prescriber&apos;s reason.</numerusform>
            <numerusform>⚠ %n points above the clinic&apos;s ceiling of {ceiling} per point (clinic policy): the safety check asks for the prescriber&apos;s reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked: %n finding(s) must change before this session can be saved.</source>
        <translation>
            <numerusform>Blocked: %n finding must change before this session can be saved.</numerusform>
            <numerusform>Blocked: %n findings must change before this session can be saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your reason is needed for %n finding(s) before saving.</source>
        <translation>
            <numerusform>Your reason is needed for %n finding before saving.</numerusform>
            <numerusform>Your reason is needed for %n findings before saving.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) cannot be read</source>
        <translation>
            <numerusform>%n record cannot be read</numerusform>
            <numerusform>%n records cannot be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value} has %n digit(s): {what} has at most {maximum}</source>
        <translation>
            <numerusform>{value} has %n digit: {what} has at most {maximum}</numerusform>
            <numerusform>{value} has %n digits: {what} has at most {maximum}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value} has %n digit(s): {what} has at least {minimum}</source>
        <translation>
            <numerusform>{value} has %n digit: {what} has at least {minimum}</numerusform>
            <numerusform>{value} has %n digits: {what} has at least {minimum}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value} has %n character(s): a passport number has {minimum} to {maximum} letters and digits, e.g. K1234567</source>
        <translation>
            <numerusform>{value} has %n character: a passport number has {minimum} to {maximum} letters and digits, e.g. K1234567</numerusform>
            <numerusform>{value} has %n characters: a passport number has {minimum} to {maximum} letters and digits, e.g. K1234567</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s): expected {minimum} to {maximum}</source>
        <translation>
            <numerusform>%n minute: expected {minimum} to {maximum}</numerusform>
            <numerusform>%n minutes: expected {minimum} to {maximum}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the password has %n character(s): expected at least {minimum} characters; a few unrelated words make a good one, e.g. &apos;olive lantern 47 harbour&apos;</source>
        <translation>
            <numerusform>the password has %n character: expected at least {minimum} characters; a few unrelated words make a good one, e.g. &apos;olive lantern 47 harbour&apos;</numerusform>
            <numerusform>the password has %n characters: expected at least {minimum} characters; a few unrelated words make a good one, e.g. &apos;olive lantern 47 harbour&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too many failed sign-ins: wait %n second(s) and try again</source>
        <translation>
            <numerusform>too many failed sign-ins: wait %n second and try again</numerusform>
            <numerusform>too many failed sign-ins: wait %n seconds and try again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a window of %n day(s): expected 1 day or more</source>
        <translation>
            <numerusform>a window of %n day: expected 1 day or more</numerusform>
            <numerusform>a window of %n days: expected 1 day or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) is sooner than the toxin retreatment minimum: expected at least {minimum} days</source>
        <translation>
            <numerusform>%n day is sooner than the toxin retreatment minimum: expected at least {minimum} days</numerusform>
            <numerusform>%n days is sooner than the toxin retreatment minimum: expected at least {minimum} days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s): at most {maximum} per entry</source>
        <translation>
            <numerusform>%n point: at most {maximum} per entry</numerusform>
            <numerusform>%n points: at most {maximum} per entry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lot {lot}: {drawn} U drawn (given + wasted) from %n vial(s) opened, which hold {held} U; a vial cannot give more than it holds: correct the units, or record each further vial as its own toxin entry</source>
        <translation>
            <numerusform>lot {lot}: {drawn} U drawn (given + wasted) from %n vial opened, which hold {held} U; a vial cannot give more than it holds: correct the units, or record each further vial as its own toxin entry</numerusform>
            <numerusform>lot {lot}: {drawn} U drawn (given + wasted) from %n vials opened, which hold {held} U; a vial cannot give more than it holds: correct the units, or record each further vial as its own toxin entry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>File #{id}: %n read(s) shown, newest first.</source>
        <translation>
            <numerusform>File #{id}: %n read shown, newest first.</numerusform>
            <numerusform>File #{id}: %n reads shown, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>clinic default (%n day(s))</source>
        <translation>
            <numerusform>clinic default (%n day)</numerusform>
            <numerusform>clinic default (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SQLite&apos;s integrity check found damage in the file (%n finding(s)). Restore the latest good backup ({command}).</source>
        <translation>
            <numerusform>SQLite&apos;s integrity check found damage in the file (%n finding). Restore the latest good backup ({command}).</numerusform>
            <numerusform>SQLite&apos;s integrity check found damage in the file (%n findings). Restore the latest good backup ({command}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n row refers/rows refer to {parent} rows that do not exist (a broken foreign key).</source>
        <translation>
            <numerusform>{table}: %n row refers to {parent} rows that do not exist (a broken foreign key).</numerusform>
            <numerusform>{table}: %n rows refer to {parent} rows that do not exist (a broken foreign key).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n more row(s) cannot be read either.</source>
        <translation>
            <numerusform>{table}: %n more row cannot be read either.</numerusform>
            <numerusform>{table}: %n more rows cannot be read either.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The due list&apos;s index differs from the records of %n patient(s) (changed outside ScarDesk, or a fault): the due list shows them wrongly until `{command}` computes it again.</source>
        <translation>
            <numerusform>The due list&apos;s index differs from the records of %n patient (changed outside ScarDesk, or a fault): the due list shows them wrongly until `{command}` computes it again.</numerusform>
            <numerusform>The due list&apos;s index differs from the records of %n patients (changed outside ScarDesk, or a fault): the due list shows them wrongly until `{command}` computes it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n entry differs/entries differ from the session in time, id, patient, practitioner or voiding (changed outside ScarDesk); lot recall lists such entries wrongly: ids {ids}.</source>
        <translation>
            <numerusform>{table}: %n entry differs from the session in time, id, patient, practitioner or voiding (changed outside ScarDesk); lot recall lists such entries wrongly: ids {ids}.</numerusform>
            <numerusform>{table}: %n entries differ from the session in time, id, patient, practitioner or voiding (changed outside ScarDesk); lot recall lists such entries wrongly: ids {ids}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[missing key] The audit key of this database is not on this computer ({path}), so %n keyed event(s) cannot be verified. Copy the key from the computer that wrote them.</source>
        <translation>
            <numerusform>[missing key] The audit key of this database is not on this computer ({path}), so %n keyed event cannot be verified. Copy the key from the computer that wrote them.</numerusform>
            <numerusform>[missing key] The audit key of this database is not on this computer ({path}), so %n keyed events cannot be verified. Copy the key from the computer that wrote them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[cut tail] %n audit event was/audit events were removed from the end of the log: the seal records event {sealed}, the log ends at {last}.</source>
        <translation>
            <numerusform>[cut tail] %n audit event was removed from the end of the log: the seal records event {sealed}, the log ends at {last}.</numerusform>
            <numerusform>[cut tail] %n audit events were removed from the end of the log: the seal records event {sealed}, the log ends at {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[cut tail] %n audit event was/audit events were removed from the end of the log: the seal records event {sealed}, the log has no numbered event left.</source>
        <translation>
            <numerusform>[cut tail] %n audit event was removed from the end of the log: the seal records event {sealed}, the log has no numbered event left.</numerusform>
            <numerusform>[cut tail] %n audit events were removed from the end of the log: the seal records event {sealed}, the log has no numbered event left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[edited row] {table}: %n row differs/rows differ from the last audited state (changed outside ScarDesk): {rows}.</source>
        <translation>
            <numerusform>[edited row] {table}: %n row differs from the last audited state (changed outside ScarDesk): {rows}.</numerusform>
            <numerusform>[edited row] {table}: %n rows differ from the last audited state (changed outside ScarDesk): {rows}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[unaudited row] {table}: %n row has/rows have no audit event (added outside ScarDesk): ids {ids}.</source>
        <translation>
            <numerusform>[unaudited row] {table}: %n row has no audit event (added outside ScarDesk): ids {ids}.</numerusform>
            <numerusform>[unaudited row] {table}: %n rows have no audit event (added outside ScarDesk): ids {ids}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[deleted row] {table}: %n audited row no longer exists/audited rows no longer exist: ids {ids}.</source>
        <translation>
            <numerusform>[deleted row] {table}: %n audited row no longer exists: ids {ids}.</numerusform>
            <numerusform>[deleted row] {table}: %n audited rows no longer exist: ids {ids}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unit(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>unit</numerusform>
            <numerusform>units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired lot(s) still in stock</source>
        <translation>
            <numerusform>%n expired lot still in stock</numerusform>
            <numerusform>%n expired lots still in stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) expire within 30 days</source>
        <translation>
            <numerusform>%n lot expires within 30 days</numerusform>
            <numerusform>%n lots expire within 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active product(s)</source>
        <translation>
            <numerusform>%n active product</numerusform>
            <numerusform>%n active products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived product(s)</source>
        <translation>
            <numerusform>%n archived</numerusform>
            <numerusform>%n archived</numerusform>
        </translation>
    </message>
</context>
</TS>
