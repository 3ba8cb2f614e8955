<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>VideoDB did not finish answering within %n second(s)</source>
        <translation>
            <numerusform>VideoDB did not finish answering within %n second</numerusform>
            <numerusform>VideoDB did not finish answering within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message numerus="yes">
        <source>%n job(s) could not be read (no id) and are left out</source>
        <translation>
            <numerusform>%n job could not be read (no id) and is left out</numerusform>
            <numerusform>%n jobs could not be read (no id) and are left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message numerus="yes">
        <source>refusing to delete without confirmation: standard input is not a terminal; pass --yes to delete %n job(s)</source>
        <translation>
            <numerusform>refusing to delete without confirmation: standard input is not a terminal; pass --yes to delete %n job</numerusform>
            <numerusform>refusing to delete without confirmation: standard input is not a terminal; pass --yes to delete %n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these are still processing and will be cancelled.</source>
        <translation>
            <numerusform>%n of these is still processing and will be cancelled.</numerusform>
            <numerusform>%n of these are still processing and will be cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s)?</source>
        <translation>
            <numerusform>Delete %n job?</numerusform>
            <numerusform>Delete %n jobs?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteConfirmationDialog</name>
    <message numerus="yes">
        <source>Delete %n download job(s)?</source>
        <translation>
            <numerusform>Delete this download job?</numerusform>
            <numerusform>Delete these %n download jobs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still processing and will be cancelled.</source>
        <translation>
            <numerusform>%n job is still processing and will be cancelled.</numerusform>
            <numerusform>%n jobs are still processing and will be cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The files of %n job(s) are being saved (%1): those downloads will be cancelled and their partial files removed.</source>
        <extracomment>%1 the quoted names of the jobs; the singular names the one job without a number</extracomment>
        <translation>
            <numerusform>The file of %1 is being saved: that download will be cancelled and its partial file removed.</numerusform>
            <numerusform>The files of %n jobs are being saved (%1): those downloads will be cancelled and their partial files removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s)</source>
        <translation>
            <numerusform>Delete %n job</numerusform>
            <numerusform>Delete %n jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobDetailsPane</name>
    <message numerus="yes">
        <source>Expires in %n min</source>
        <translation>
            <numerusform>Expires in %n min</numerusform>
            <numerusform>Expires in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n h</source>
        <translation>
            <numerusform>Expires in %n h</numerusform>
            <numerusform>Expires in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n h %1 min</source>
        <translation>
            <numerusform>Expires in %n h %1 min</numerusform>
            <numerusform>Expires in %n h %1 min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Retrying %n job(s)…</source>
        <translation>
            <numerusform>Retrying %n job…</numerusform>
            <numerusform>Retrying %n jobs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n job ID(s).</source>
        <translation>
            <numerusform>Copied %n job ID.</numerusform>
            <numerusform>Copied %n job IDs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n job(s)…</source>
        <translation>
            <numerusform>&amp;Delete %n job…</numerusform>
            <numerusform>&amp;Delete %n jobs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %n download(s); Resume picks up where they stopped.</source>
        <translation>
            <numerusform>Paused %n download; Resume picks up where it stopped.</numerusform>
            <numerusform>Paused %n downloads; Resume picks up where they stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n download(s)…</source>
        <translation>
            <numerusform>Resuming %n download…</numerusform>
            <numerusform>Resuming %n downloads…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n download(s); their unfinished files are removed.</source>
        <translation>
            <numerusform>Cancelled %n download; its unfinished file is removed.</numerusform>
            <numerusform>Cancelled %n downloads; their unfinished files are removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitDialog</name>
    <message numerus="yes">
        <source>%n file(s) are still being saved. Quitting pauses them; they can be resumed where they stopped the next time you start the app.</source>
        <translation>
            <numerusform>%n file is still being saved. Quitting pauses it; it can be resumed where it stopped the next time you start the app.</numerusform>
            <numerusform>%n files are still being saved. Quitting pauses them; they can be resumed where they stopped the next time you start the app.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still being deleted. If you quit now, some of them may not be deleted.</source>
        <translation>
            <numerusform>%n job is still being deleted. If you quit now, it may not be deleted.</numerusform>
            <numerusform>%n jobs are still being deleted. If you quit now, some of them may not be deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message numerus="yes">
        <source>Saving %n file(s) to %1…</source>
        <translation>
            <numerusform>Saving %n file to %1…</numerusform>
            <numerusform>Saving %n files to %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusNotifier</name>
    <message numerus="yes">
        <source>%n job(s) could not be read and are not listed.</source>
        <translation>
            <numerusform>%n job could not be read and is not listed.</numerusform>
            <numerusform>%n jobs could not be read and are not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n job(s).</source>
        <translation>
            <numerusform>Deleted %n job.</numerusform>
            <numerusform>Deleted %n jobs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) were already gone and were removed from the list.</source>
        <translation>
            <numerusform>%n job was already gone and was removed from the list.</numerusform>
            <numerusform>%n jobs were already gone and were removed from the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) could not be deleted; see their Message column.</source>
        <translation>
            <numerusform>%n job could not be deleted; see its Message column.</numerusform>
            <numerusform>%n jobs could not be deleted; see their Message column.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished</source>
        <translation>
            <numerusform>%n job finished</numerusform>
            <numerusform>%n jobs finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed</source>
        <translation>
            <numerusform>%n job failed</numerusform>
            <numerusform>%n jobs failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved</source>
        <translation>
            <numerusform>%n file saved</numerusform>
            <numerusform>%n files saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be saved</source>
        <translation>
            <numerusform>%n file could not be saved</numerusform>
            <numerusform>%n files could not be saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) finished</source>
        <translation>
            <numerusform>%n deletion finished</numerusform>
            <numerusform>%n deletions finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n</source>
        <translation>
            <numerusform>Saving %n</numerusform>
            <numerusform>Saving %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n · %1/s</source>
        <translation>
            <numerusform>Saving %n · %1/s</numerusform>
            <numerusform>Saving %n · %1/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n · %1/s · %2 left</source>
        <translation>
            <numerusform>Saving %n · %1/s · %2 left</numerusform>
            <numerusform>Saving %n · %1/s · %2 left</numerusform>
        </translation>
    </message>
</context>
</TS>
