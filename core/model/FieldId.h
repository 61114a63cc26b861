#pragma once

#include <cstddef>

namespace scs {

// Every field of a request, in catalog order: the order of request-format.md,
// with the fields added in format version 2 placed in their sections (the
// stable string ids, "case.site_url", live in the catalog; this enum is the
// compact in-memory key, an index into Request's value array, and is never
// stored).
enum class FieldId : unsigned char {
    CaseSiteUrl,
    CaseMessageType,
    CaseCountries,

    RequestsQuota,
    RequestsNewQuotaValue,

    SpendMonthlyLimitUsd,
    SpendExpectedMonthlyMessages,
    SpendInSameCase,
    SpendRegion,

    CompanyName,
    CompanyBrandName,
    CompanyIndustry,
    CompanyMailingAddress,
    CompanyContactName,
    CompanyContactPhone,
    CompanySupportEmail,
    CompanySupportTollFree,
    CompanyTaxId,
    CompanyProductName,

    SignupWebsite,
    SignupTermsUrl,
    SignupPrivacyUrl,
    SignupMethods,
    SignupMethodsOther,
    SignupOptionText,
    SignupOptinRequest,
    SignupOptinKeyword,
    SignupConfirmation,
    SignupJoinKeywords,
    SignupAgeGate,
    SignupAgeGateMethod,

    EvidenceOptinMockups,

    PurposeCategory,
    PurposeCategoryOther,
    PurposeContestRulesUrl,
    PurposeThirdPartyMarketing,
    PurposePhi,

    ContentKeywordResponse,
    ContentHelpResponse,
    ContentStopResponse,
    ContentReminder,
    ContentExamples,

    ContactLanguage,

    NotesDescription,

    TrackingStatus,
    TrackingCaseId,
    TrackingSubmittedOn,
    TrackingShortCode,
    TrackingProvisionedOn,

    ConsoleHelpResponse,
    ConsoleStopResponse,
    ConsoleRegisteredKeyword,
    ConsoleRegisteredKeywordResponse,
    ConsoleTwoWayEnabled,
};

inline constexpr std::size_t FieldCount = std::size_t(FieldId::ConsoleTwoWayEnabled) + 1;

constexpr std::size_t fieldIndex(FieldId id)
{
    return std::size_t(id);
}

// The sections of a request, in the order of request-format.md.
enum class SectionId : unsigned char {
    Case,
    Requests,
    Spend,
    Company,
    Signup,
    Evidence, // format version 2: the opt-in mockups
    Purpose,
    Content,
    Contact,
    Notes,
    Tracking,
    Console,
};

inline constexpr std::size_t SectionCount = std::size_t(SectionId::Console) + 1;

// How a field's value is typed (request-format.md, "Field kinds").
enum class FieldKind : unsigned char {
    Text, // single line, trimmed on input
    Multiline, // free text, newlines kept
    Sms, // a text message
    Url,
    Email,
    Phone,
    Country, // list of ISO 3166-1 alpha-2 codes
    Choice, // one of the catalog's values
    Choices, // a subset of the catalog's values
    Bool, // true / false / unanswered
    Integer,
    Money, // decimal text with two places, "25.00"
    Date, // ISO 8601 "2026-11-27"
    Examples, // list of {label, text}
    Keywords, // format version 2: list of words (each 1-30 letters or digits)
    Attachments, // format version 2: list of files {name, media type, description, bytes}
};

// Text the user types freely: text, multiline, sms, url, email, phone.
constexpr bool isFreeText(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Text:
    case FieldKind::Multiline:
    case FieldKind::Sms:
    case FieldKind::Url:
    case FieldKind::Email:
    case FieldKind::Phone:
        return true;
    default:
        return false;
    }
}

} // namespace scs
