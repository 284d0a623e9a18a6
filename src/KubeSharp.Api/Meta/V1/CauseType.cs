namespace KubeSharp.Api.Meta.V1;

/// <summary>Values of <see cref="StatusCause.Type"/>.</summary>
public static class CauseType
{
    public const string FieldValueNotFound = "FieldValueNotFound";
    public const string FieldValueRequired = "FieldValueRequired";
    public const string FieldValueDuplicate = "FieldValueDuplicate";
    public const string FieldValueInvalid = "FieldValueInvalid";
    public const string FieldValueNotSupported = "FieldValueNotSupported";
    public const string Forbidden = "FieldValueForbidden";
    public const string TooLong = "FieldValueTooLong";
    public const string TooMany = "FieldValueTooMany";
    public const string Internal = "InternalError";
    public const string TypeInvalid = "FieldValueTypeInvalid";
    public const string UnexpectedServerResponse = "UnexpectedServerResponse";
    public const string FieldManagerConflict = "FieldManagerConflict";
    public const string ResourceVersionTooLarge = "ResourceVersionTooLarge";
}
