#pragma once

#include <QString>

// The list endpoint says processing|done|error, async responses say processing|done|failed and
// the Python SDK also knows "in progress". One enum keeps the UI and CLI from each guessing.
enum class JobStatus { Processing, Done, Failed, Unknown };

JobStatus jobStatusFromWord(const QString &word);
QString jobStatusWord(JobStatus status);
