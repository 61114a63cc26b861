<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AttachmentExport</name>
    <message numerus="yes">
        <source>%n file(s) already exist, and nothing was written (use --force to replace them): %1</source>
        <translation>
            <numerusform>%n file already exists, and nothing was written (use --force to replace it): %1</numerusform>
            <numerusform>%n files already exist, and nothing was written (use --force to replace them): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message numerus="yes">
        <source>%n request(s) added</source>
        <translation>
            <numerusform>%n request added</numerusform>
            <numerusform>%n requests added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) removed</source>
        <translation>
            <numerusform>%n request removed</numerusform>
            <numerusform>%n requests removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) renamed</source>
        <translation>
            <numerusform>%n request renamed</numerusform>
            <numerusform>%n requests renamed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n field changed</numerusform>
            <numerusform>%n fields changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n character(s))</source>
        <translation>
            <numerusform>%1… (%n character)</numerusform>
            <numerusform>%1… (%n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n byte(s), SHA-256 %3…)</source>
        <translation>
            <numerusform>%1 (%2, %n byte, SHA-256 %3…)</numerusform>
            <numerusform>%1 (%2, %n bytes, SHA-256 %3…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) added</source>
        <translation>
            <numerusform>%n attachment added</numerusform>
            <numerusform>%n attachments added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) removed</source>
        <translation>
            <numerusform>%n attachment removed</numerusform>
            <numerusform>%n attachments removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) changed</source>
        <translation>
            <numerusform>%n attachment changed</numerusform>
            <numerusform>%n attachments changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message numerus="yes">
        <source>shortcode-audit diff: %1 has no revision %2 (it has %n revision(s)).</source>
        <translation>
            <numerusform>shortcode-audit diff: %1 has no revision %2 (it has %n revision).</numerusform>
            <numerusform>shortcode-audit diff: %1 has no revision %2 (it has %n revisions).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>shortcode-audit export: %n file(s) written to %1</source>
        <translation>
            <numerusform>shortcode-audit export: %n file written to %1</numerusform>
            <numerusform>shortcode-audit export: %n files written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Imported %n request(s) into %1 (revision %2).</source>
        <translation>
            <numerusform>Imported %n request into %1 (revision %2).</numerusform>
            <numerusform>Imported %n requests into %1 (revision %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestOperations</name>
    <message numerus="yes">
        <source>Import %n request(s)</source>
        <translation>
            <numerusform>Import %n request</numerusform>
            <numerusform>Import %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequiredAnswers</name>
    <message numerus="yes">
        <source>%1 of %n required answer(s)</source>
        <extracomment>How many of the required answers of a request are given.</extracomment>
        <translation>
            <numerusform>%1 of %n required answer</numerusform>
            <numerusform>%1 of %n required answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message numerus="yes">
        <source>%1: revision %2, %n request(s), saved %3 UTC by %4</source>
        <translation>
            <numerusform>%1: revision %2, %n request, saved %3 UTC by %4</numerusform>
            <numerusform>%1: revision %2, %n requests, saved %3 UTC by %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved &quot;%1&quot; into the workspace with its %n revision(s).</source>
        <translation>
            <numerusform>Moved &quot;%1&quot; into the workspace with its %n revision.</numerusform>
            <numerusform>Moved &quot;%1&quot; into the workspace with its %n revisions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has no revisions %2 and %3 to compare (it has %n revision(s)).</source>
        <translation>
            <numerusform>&quot;%1&quot; has no revisions %2 and %3 to compare (it has %n revision).</numerusform>
            <numerusform>&quot;%1&quot; has no revisions %2 and %3 to compare (it has %n revisions).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scs::AttachmentsEditor</name>
    <message numerus="yes">
        <source>%1 was not added: a request takes at most %n file(s).</source>
        <translation>
            <numerusform>%1 was not added: a request takes at most %n file.</numerusform>
            <numerusform>%1 was not added: a request takes at most %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scs::CaseDescription</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scs::ConflictDialog</name>
    <message numerus="yes">
        <source>Since you opened &quot;%1&quot;, someone else saved other values in %n answer(s) you changed too. Nothing was saved yet. Choose, answer by answer, whose value to keep; what they changed elsewhere is kept as well.</source>
        <translation>
            <numerusform>Since you opened &quot;%1&quot;, someone else saved another value in an answer you changed too. Nothing was saved yet. Choose whose value to keep; what they changed elsewhere is kept as well.</numerusform>
            <numerusform>Since you opened &quot;%1&quot;, someone else saved other values in %n answers you changed too. Nothing was saved yet. Choose, answer by answer, whose value to keep; what they changed elsewhere is kept as well.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone else saved other values in %n answer(s) of &quot;%1&quot; that you changed too and have not saved. Choose, answer by answer, whose value to keep; your edits stay unsaved until you save.</source>
        <translation>
            <numerusform>Someone else saved another value in an answer of &quot;%1&quot; that you changed too and have not saved. Choose whose value to keep; your edits stay unsaved until you save.</numerusform>
            <numerusform>Someone else saved other values in %n answers of &quot;%1&quot; that you changed too and have not saved. Choose, answer by answer, whose value to keep; your edits stay unsaved until you save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scs::ExamplesModel</name>
    <message numerus="yes">
        <source>%1 · %n segment(s)</source>
        <extracomment>An example&apos;s encoding and segments, e.g. &quot;GSM-7 · 2 segments&quot;.</extracomment>
        <translation>
            <numerusform>%1 · %n segment</numerusform>
            <numerusform>%1 · %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scs::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scs::OpenWorkspaceDialog</name>
    <message numerus="yes">
        <source>%n project(s) in this workspace.</source>
        <translation>
            <numerusform>%n project in this workspace.</numerusform>
            <numerusform>%n projects in this workspace.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scs::RecoveryActions</name>
    <message numerus="yes">
        <source>%n answer(s) were changed both in the unsaved changes and in the file since. Which should be kept?</source>
        <translation>
            <numerusform>%n answer was changed both in the unsaved changes and in the file since. Which should be kept?</numerusform>
            <numerusform>%n answers were changed both in the unsaved changes and in the file since. Which should be kept?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scs::RecoveryDialog</name>
    <message numerus="yes">
        <source>Shortcode Studio did not close properly, and unsaved changes to %n project(s) were kept. Restore puts the selected changes back; Not Now keeps them for later (File &gt; Recover Unsaved Changes); Discard deletes them for good.</source>
        <translation>
            <numerusform>Shortcode Studio did not close properly, and unsaved changes to %n project were kept. Restore puts the selected changes back; Not Now keeps them for later (File &gt; Recover Unsaved Changes); Discard deletes them for good.</numerusform>
            <numerusform>Shortcode Studio did not close properly, and unsaved changes to %n projects were kept. Restore puts the selected changes back; Not Now keeps them for later (File &gt; Recover Unsaved Changes); Discard deletes them for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scs::RequestActions</name>
    <message numerus="yes">
        <source>Split into %n request(s), one per country? These answers do not carry over:</source>
        <translation>
            <numerusform>Split into %n request, one per country? These answers do not carry over:</numerusform>
            <numerusform>Split into %n requests, one per country? These answers do not carry over:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split into %n request(s), one per country.</source>
        <translation>
            <numerusform>Split into %n request, one per country.</numerusform>
            <numerusform>Split into %n requests, one per country.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scs::Rules</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The HELP reply does not give %1, which the carriers&apos; HELP template asks for: add it, as in the guide&apos;s example.</source>
        <translation>
            <numerusform>The HELP reply does not give %1, which the carriers&apos; HELP template asks for: add it, as in the guide&apos;s example.</numerusform>
            <numerusform>The HELP reply does not give %1, which the carriers&apos; HELP template asks for: add them, as in the guide&apos;s example.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reminder does not give %1: add it.</source>
        <translation>
            <numerusform>The reminder does not give %1: add it.</numerusform>
            <numerusform>The reminder does not give %1: add them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files are attached, but the registration takes at most %1: keep one for each place customers sign up.</source>
        <translation>
            <numerusform>%n file is attached, but the registration takes at most %1: keep one for each place customers sign up.</numerusform>
            <numerusform>%n files are attached, but the registration takes at most %1: keep one for each place customers sign up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The call to action does not give %1. Reviewers reject a sign-up without it: add it, e.g. &quot;Get order alerts by text. Up to 4 msgs/week. Msg &amp; data rates may apply. Reply HELP for help, STOP to cancel. Terms &amp; privacy: yoursite.com/sms&quot;</source>
        <translation>
            <numerusform>The call to action does not give %1. Reviewers reject a sign-up without it: add it, e.g. &quot;Get order alerts by text. Up to 4 msgs/week. Msg &amp; data rates may apply. Reply HELP for help, STOP to cancel. Terms &amp; privacy: yoursite.com/sms&quot;</numerusform>
            <numerusform>The call to action does not give %1. Reviewers reject a sign-up without them: add them, e.g. &quot;Get order alerts by text. Up to 4 msgs/week. Msg &amp; data rates may apply. Reply HELP for help, STOP to cancel. Terms &amp; privacy: yoursite.com/sms&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The opt-in request does not give %1. Name the brand and ask for consent with the keyword, e.g. &quot;Brand: Reply YES to get order alerts.&quot;</source>
        <translation>
            <numerusform>The opt-in request does not give %1. Name the brand and ask for consent with the keyword, e.g. &quot;Brand: Reply YES to get order alerts.&quot;</numerusform>
            <numerusform>The opt-in request does not give %1. Name the brand and ask for consent with the keyword, e.g. &quot;Brand: Reply YES to get order alerts.&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The confirmation message does not give %1. Carriers require it in the first message after the opt-in: add it, e.g. &quot;Brand: You are signed up for order alerts. Up to 4 msgs/week. Msg &amp; data rates may apply. Reply HELP for help, STOP to cancel.&quot;</source>
        <translation>
            <numerusform>The confirmation message does not give %1. Carriers require it in the first message after the opt-in: add it, e.g. &quot;Brand: You are signed up for order alerts. Up to 4 msgs/week. Msg &amp; data rates may apply. Reply HELP for help, STOP to cancel.&quot;</numerusform>
            <numerusform>The confirmation message does not give %1. Carriers require them in the first message after the opt-in: add them, e.g. &quot;Brand: You are signed up for order alerts. Up to 4 msgs/week. Msg &amp; data rates may apply. Reply HELP for help, STOP to cancel.&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The keyword response does not give %1. It confirms an opt-in by keyword, so carriers require it there: add it.</source>
        <translation>
            <numerusform>The keyword response does not give %1. It confirms an opt-in by keyword, so carriers require it there: add it.</numerusform>
            <numerusform>The keyword response does not give %1. It confirms an opt-in by keyword, so carriers require them there: add them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The call to action does not link %1. Reviewers reject a sign-up without it: add the link next to the consent, e.g. &quot;Terms: yoursite.com/sms-terms Privacy: yoursite.com/privacy&quot;.</source>
        <translation>
            <numerusform>The call to action does not link %1. Reviewers reject a sign-up without it: add the link next to the consent, e.g. &quot;Terms: yoursite.com/sms-terms Privacy: yoursite.com/privacy&quot;.</numerusform>
            <numerusform>The call to action does not link %1. Reviewers reject a sign-up without them: add the links next to the consent, e.g. &quot;Terms: yoursite.com/sms-terms Privacy: yoursite.com/privacy&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n of the at least 3 examples has text: add one example for every type of message you plan to send.</source>
        <translation>
            <numerusform>Only %n of the at least 3 examples has text: add one example for every type of message you plan to send.</numerusform>
            <numerusform>Only %n of the at least 3 examples have text: add one example for every type of message you plan to send.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scs::SmsPreview</name>
    <message numerus="yes">
        <source>%1 · %n character(s)</source>
        <translation>
            <numerusform>%1 · %n character</numerusform>
            <numerusform>%1 · %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left in this segment</source>
        <translation>
            <numerusform>%n left in this segment</numerusform>
            <numerusform>%n left in this segment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace %n with GSM-7</source>
        <translation>
            <numerusform>Replace %n with GSM-7</numerusform>
            <numerusform>Replace %n with GSM-7</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scs::WorkspaceProjectsModel</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
</TS>
