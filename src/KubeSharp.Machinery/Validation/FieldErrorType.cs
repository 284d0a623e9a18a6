namespace KubeSharp.Machinery.Validation;

/// <summary>
/// Upstream's <c>field.ErrorType</c>: machine-readable reasons a field is invalid. They double as the
/// <c>type</c> of each cause in an Invalid status (metav1.CauseType).
/// </summary>
public static class FieldErrorType
{
    public const string NotFound = "FieldValueNotFound";
    public const string Required = "FieldValueRequired";
    public const string Duplicate = "FieldValueDuplicate";
    public const string Invalid = "FieldValueInvalid";
    public const string NotSupported = "FieldValueNotSupported";
    public const string Forbidden = "FieldValueForbidden";
    public const string TooLong = "FieldValueTooLong";
    public const string TooMany = "FieldValueTooMany";
    public const string TooFew = "FieldValueTooFew";
    public const string Internal = "InternalError";
    public const string TypeInvalid = "FieldValueTypeInvalid";
    public const string TooShort = "FieldValueTooShort";

    /// <summary>The human text upstream prints for a type ("Required value", "Invalid value", …).</summary>
    public static string Describe(string type) => type switch
    {
        NotFound => "Not found",
        Required => "Required value",
        Duplicate => "Duplicate value",
        Invalid => "Invalid value",
        NotSupported => "Unsupported value",
        Forbidden => "Forbidden",
        TooLong => "Too long",
        TooMany => "Too many",
        TooFew => "Too few",
        Internal => "Internal error",
        TypeInvalid => "Invalid value",
        TooShort => "Too short",
        _ => $"<unknown error \"{type}\">",
    };
}
