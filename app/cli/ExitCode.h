#pragma once

#include "core/api/ApiError.h"

// The CLI's documented exit codes.
enum class ExitCode : int {
    Ok = 0,
    Failure = 1,
    Usage = 2,
    Authentication = 3,
    NotFound = 4,
    // The user answered no at a confirmation prompt: nothing was changed, nothing failed.
    Declined = 5,
};

inline ExitCode exitCodeFor(const ApiError &error) {
    switch (error.kind()) {
    case ApiError::Kind::None:
        return ExitCode::Ok;
    case ApiError::Kind::Authentication:
        return ExitCode::Authentication;
    case ApiError::Kind::NotFound:
        return ExitCode::NotFound;
    case ApiError::Kind::InvalidRequest:
        return ExitCode::Usage;
    default:
        return ExitCode::Failure;
    }
}
