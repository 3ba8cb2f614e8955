#pragma once

#include <QString>

// Every word VideoDB's docs and SDKs use: processing, in progress, pending (running); done,
// completed, complete, success (finished); error, failed. One enum keeps the UI and CLI from
// each guessing; an unknown word stays Unknown and is shown as it came.
enum class JobStatus { Processing, Done, Failed, Unknown };

JobStatus jobStatusFromWord(const QString &word);
QString jobStatusWord(JobStatus status);
