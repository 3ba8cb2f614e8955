#pragma once

#include "core/api/ApiError.h"

#include <optional>
#include <utility>

// Either a value or the ApiError that prevented it.
template <typename T> class ApiResult final {
public:
    static ApiResult success(T value) {
        ApiResult result;
        result.m_value = std::move(value);
        return result;
    }
    static ApiResult failure(ApiError error) {
        ApiResult result;
        result.m_error = std::move(error);
        return result;
    }

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    const ApiError &error() const { return m_error; }

private:
    ApiResult() = default;
    std::optional<T> m_value;
    ApiError m_error;
};
