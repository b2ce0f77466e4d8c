<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Verbund::AttendanceGridModel</name>
    <message numerus="yes">
        <source>%1, %n UE</source>
        <translation>
            <numerusform>%1, %n UE</numerusform>
            <numerusform>%1, %n UE</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::CommandLine</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n UE</source>
        <translation>
            <numerusform>%n UE</numerusform>
            <numerusform>%n UE</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read “%1” (%2, separated by “%3”): %n row(s).</source>
        <translation>
            <numerusform>Read “%1” (%2, separated by “%3”): %n row.</numerusform>
            <numerusform>Read “%1” (%2, separated by “%3”): %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) would be provisional: the people still take part and “%1” has not ended. Add --provisional to print them marked as such.</source>
        <translation>
            <numerusform>%n certificate would be provisional: the person still takes part and “%1” has not ended. Add --provisional to print it marked as such.</numerusform>
            <numerusform>%n certificates would be provisional: the people still take part and “%1” has not ended. Add --provisional to print them marked as such.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History of %1 (%n change(s)):</source>
        <translation>
            <numerusform>History of %1 (%n change):</numerusform>
            <numerusform>History of %1 (%n changes):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) past the retention period.</source>
        <translation>
            <numerusform>%n participant past the retention period.</numerusform>
            <numerusform>%n participants past the retention period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of participant %1; their %n enrollment(s) stay in every count as an anonymous person.</source>
        <translation>
            <numerusform>Erased the personal data of participant %1; their %n enrollment stays in every count as an anonymous person.</numerusform>
            <numerusform>Erased the personal data of participant %1; their %n enrollments stay in every count as an anonymous person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote “%1” with %n follow-up(s).</source>
        <translation>
            <numerusform>Wrote “%1” with %n follow-up.</numerusform>
            <numerusform>Wrote “%1” with %n follow-ups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due by %1: %n</source>
        <translation>
            <numerusform>Follow-ups due by %1: %n</numerusform>
            <numerusform>Follow-ups due by %1: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups of %1 due by %2: %n</source>
        <translation>
            <numerusform>Follow-ups of %1 due by %2: %n</numerusform>
            <numerusform>Follow-ups of %1 due by %2: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote “%1”: %n entr(ies), %2 exit(s), %3 compan(ies).</source>
        <translation>
            <numerusform>Wrote “%1”: %n entry, %2 exits, %3 companies.</numerusform>
            <numerusform>Wrote “%1”: %n entries, %2 exits, %3 companies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) lack data the statistics need; they are counted as not stated and listed at the end of the file.</source>
        <translation>
            <numerusform>%n person lacks data the statistics need; they are counted as not stated and listed at the end of the file.</numerusform>
            <numerusform>%n people lack data the statistics need; they are counted as not stated and listed at the end of the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::CurriculaPage</name>
    <message numerus="yes">
        <source>Delete the curriculum “%1” (version %2) with its %n topic(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the curriculum “%1” (version %2) with its %n topic? This cannot be undone.</numerusform>
            <numerusform>Delete the curriculum “%1” (version %2) with its %n topics? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln curricula</source>
        <translation>
            <numerusform>%Ln curriculum</numerusform>
            <numerusform>%Ln curricula</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::CurriculumEditor</name>
    <message numerus="yes">
        <source>Total: %n UE</source>
        <translation>
            <numerusform>Total: %n UE</numerusform>
            <numerusform>Total: %n UE</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>1 UE = %n minutes</source>
        <translation>
            <numerusform>1 UE = %n minute</numerusform>
            <numerusform>1 UE = %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::CurriculumImport</name>
    <message numerus="yes">
        <source>The file was not imported; nothing was written. %n problem(s):</source>
        <translation>
            <numerusform>The file was not imported; nothing was written. %n problem:</numerusform>
            <numerusform>The file was not imported; nothing was written. %n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::CurriculumSheet</name>
    <message numerus="yes">
        <source>%n UE</source>
        <translation>
            <numerusform>%n UE</numerusform>
            <numerusform>%n UE</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>1 UE = %n minutes</source>
        <translation>
            <numerusform>1 UE = %n minute</numerusform>
            <numerusform>1 UE = %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::EnrollmentDialog</name>
    <message numerus="yes">
        <source>%1 (%n UE)</source>
        <translation>
            <numerusform>%1 (%n UE)</numerusform>
            <numerusform>%1 (%n UE)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::EnrollmentRepository</name>
    <message numerus="yes">
        <source>“%1” is full: %n place(s), all taken.</source>
        <translation>
            <numerusform>“%1” is full: %n place, all taken.</numerusform>
            <numerusform>“%1” is full: %n places, all taken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::ErasureDialog</name>
    <message numerus="yes">
        <source>Erase the personal data of “%1”? %n enrollment(s) and the history of %2 change(s) are kept without them.</source>
        <translation>
            <numerusform>Erase the personal data of “%1”? %n enrollment and the history of %2 changes are kept without them.</numerusform>
            <numerusform>Erase the personal data of “%1”? %n enrollments and the history of %2 changes are kept without them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of “%1”? The history of %n change(s) is kept without them.</source>
        <translation>
            <numerusform>Erase the personal data of “%1”? The history of %n change is kept without them.</numerusform>
            <numerusform>Erase the personal data of “%1”? The history of %n changes is kept without them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::ImportDialog</name>
    <message numerus="yes">
        <source>%1, separated by %2, %n row(s) besides the header.</source>
        <translation>
            <numerusform>%1, separated by %2, %n row besides the header.</numerusform>
            <numerusform>%1, separated by %2, %n rows besides the header.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::Importer</name>
    <message numerus="yes">
        <source>%1 new, %2 updated, %3 duplicates skipped, %n row(s) refused.</source>
        <translation>
            <numerusform>%1 new, %2 updated, %3 duplicates skipped, %n row refused.</numerusform>
            <numerusform>%1 new, %2 updated, %3 duplicates skipped, %n rows refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import stopped at row %1: %2 The %n row(s) before were imported; importing the file again skips them as duplicates.</source>
        <translation>
            <numerusform>The import stopped at row %1: %2 The row before was imported; importing the file again skips it as a duplicate.</numerusform>
            <numerusform>The import stopped at row %1: %2 The %n rows before were imported; importing the file again skips them as duplicates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::IndicatorReport</name>
    <message numerus="yes">
        <source>For %1: %n entr(ies) into a measure in the period, %2 exit(s), %3 compan(ies) supported (the employers of those who entered). Employment and education are as recorded for the person; ages at the day of entry.</source>
        <translation>
            <numerusform>For %1: %n entry into a measure in the period, %2 exits, %3 companies supported (the employers of those who entered). Employment and education are as recorded for the person; ages at the day of entry.</numerusform>
            <numerusform>For %1: %n entries into a measure in the period, %2 exits, %3 companies supported (the employers of those who entered). Employment and education are as recorded for the person; ages at the day of entry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::MeasureEditor</name>
    <message numerus="yes">
        <source>Per participant: %1 (%n participant(s)).</source>
        <translation>
            <numerusform>Per participant: %1 (%n participant).</numerusform>
            <numerusform>Per participant: %1 (%n participants).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The suggestion replaces the %n share(s) of the plan. Go on?</source>
        <translation>
            <numerusform>The suggestion replaces the %n share of the plan. Go on?</numerusform>
            <numerusform>The suggestion replaces the %n shares of the plan. Go on?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::MeasureOverview</name>
    <message numerus="yes">
        <source>%n taking part: %1 employed, %2 referred unemployed, %3 other.</source>
        <translation>
            <numerusform>%n taking part: %1 employed, %2 referred unemployed, %3 other.</numerusform>
            <numerusform>%n taking part: %1 employed, %2 referred unemployed, %3 other.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 per UE and participant × %2 UE × %n participant(s).</source>
        <translation>
            <numerusform>%1 per UE and participant × %2 UE × %n participant.</numerusform>
            <numerusform>%1 per UE and participant × %2 UE × %n participants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::MeasureRepository</name>
    <message numerus="yes">
        <source>“%1” has %n enrollment(s). Delete them too, or keep the measure.</source>
        <translation>
            <numerusform>“%1” has %n enrollment. Delete them too, or keep the measure.</numerusform>
            <numerusform>“%1” has %n enrollments. Delete them too, or keep the measure.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::MeasuresPage</name>
    <message numerus="yes">
        <source>Delete “%1” together with its %n enrollment(s)? The people stay. This cannot be undone.</source>
        <translation>
            <numerusform>Delete “%1” together with its %n enrollment? The people stay. This cannot be undone.</numerusform>
            <numerusform>Delete “%1” together with its %n enrollments? The people stay. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %n session(s).</source>
        <translation>
            <numerusform>Planned %n session.</numerusform>
            <numerusform>Planned %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) would be provisional, for people who still take part, and say so on the page. Issue them anyway?</source>
        <translation>
            <numerusform>%n certificate would be provisional, for a person who still takes part, and says so on the page. Issue it anyway?</numerusform>
            <numerusform>%n certificates would be provisional, for people who still take part, and say so on the page. Issue them anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taking part: %1 employed, %2 referred unemployed, %3 other.</source>
        <translation>
            <numerusform>%n taking part: %1 employed, %2 referred unemployed, %3 other.</numerusform>
            <numerusform>%n taking part: %1 employed, %2 referred unemployed, %3 other.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln measure(s)</source>
        <translation>
            <numerusform>%Ln measure</numerusform>
            <numerusform>%Ln measures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::NetworkFigures</name>
    <message numerus="yes">
        <source>%n compan(ies) advised</source>
        <translation>
            <numerusform>%n company advised</numerusform>
            <numerusform>%n companies advised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s); one may touch several topics</source>
        <translation>
            <numerusform>%n consultation; one may touch several topics</numerusform>
            <numerusform>%n consultations; one may touch several topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n consultation</numerusform>
            <numerusform>%n consultations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) running in the period</source>
        <translation>
            <numerusform>%n measure running in the period</numerusform>
            <numerusform>%n measures running in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) in the period&apos;s measures</source>
        <translation>
            <numerusform>%n participant in the period&apos;s measures</numerusform>
            <numerusform>%n participants in the period&apos;s measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attendance rate %1 % (present or partly, of %n recorded)</source>
        <translation>
            <numerusform>Attendance rate %1 % (present or partly, of %n recorded)</numerusform>
            <numerusform>Attendance rate %1 % (present or partly, of %n recorded)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hire rate %1 % (%2 of %n exit(s) into employment)</source>
        <translation>
            <numerusform>Hire rate %1 % (%2 of %n exit into employment)</numerusform>
            <numerusform>Hire rate %1 % (%2 of %n exits into employment)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n obligation(s) met</source>
        <translation>
            <numerusform>%1 of %n obligation met</numerusform>
            <numerusform>%1 of %n obligations met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(not counted: %n measure(s) whose funding plan does not cover the cost)</source>
        <translation>
            <numerusform>(not counted: %n measure whose funding plan does not cover the cost)</numerusform>
            <numerusform>(not counted: %n measures whose funding plans do not cover the cost)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::NetworkPage</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n consultation</numerusform>
            <numerusform>%n consultations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::OrganisationRepository</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n consultation</numerusform>
            <numerusform>%n consultations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is provider, place of learning or funder of %n measure(s). Take it out of them first.</source>
        <translation>
            <numerusform>“%1” is provider, place of learning or funder of %n measure. Take it out of them first.</numerusform>
            <numerusform>“%1” is provider, place of learning or funder of %n measures. Take it out of them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::OverviewPage</name>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n due</numerusform>
            <numerusform>%n due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n overdue</source>
        <translation>
            <numerusform>%1, %n overdue</numerusform>
            <numerusform>%1, %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sessions today</source>
        <translation>
            <numerusform>session today</numerusform>
            <numerusform>sessions today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sessions tomorrow</source>
        <translation>
            <numerusform>session tomorrow</numerusform>
            <numerusform>sessions tomorrow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>without attendance</source>
        <translation>
            <numerusform>without attendance</numerusform>
            <numerusform>without attendance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ending within 30 days</source>
        <translation>
            <numerusform>ending within 30 days</numerusform>
            <numerusform>ending within 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ended without certificates</source>
        <translation>
            <numerusform>ended without certificates</numerusform>
            <numerusform>ended without certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>follow-ups due</source>
        <translation>
            <numerusform>follow-up due</numerusform>
            <numerusform>follow-ups due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::ParticipantsPage</name>
    <message numerus="yes">
        <source>Delete “%1” together with %n enrollment(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete “%1” together with %n enrollment? This cannot be undone.</numerusform>
            <numerusform>Delete “%1” together with %n enrollments? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::PrivacyDialog</name>
    <message numerus="yes">
        <source>%n participant(s) past the retention period</source>
        <translation>
            <numerusform>%n participant past the retention period</numerusform>
            <numerusform>%n participants past the retention period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Erase %n chosen…</source>
        <translation>
            <numerusform>&amp;Erase %n chosen…</numerusform>
            <numerusform>&amp;Erase %n chosen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %n participant(s) past the retention period?</source>
        <translation>
            <numerusform>Erase the personal data of %n participant past the retention period?</numerusform>
            <numerusform>Erase the personal data of %n participants past the retention period?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) erased; then: %1</source>
        <translation>
            <numerusform>%n participant erased; then: %1</numerusform>
            <numerusform>%n participants erased; then: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n participant(s) erased, the others kept.</source>
        <translation>
            <numerusform>Stopped: %n participant erased, the others kept.</numerusform>
            <numerusform>Stopped: %n participants erased, the others kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::SeriesDialog</name>
    <message numerus="yes">
        <source>%n session(s) with %1 UE.</source>
        <translation>
            <numerusform>%n session with %1 UE.</numerusform>
            <numerusform>%n sessions with %1 UE.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
