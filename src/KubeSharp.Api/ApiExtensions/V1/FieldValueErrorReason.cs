namespace KubeSharp.Api.ApiExtensions.V1;

/// <summary>The reasons a CEL validation rule may report.</summary>
public static class FieldValueErrorReason
{
    public const string FieldValueRequired = "FieldValueRequired";

    public const string FieldValueDuplicate = "FieldValueDuplicate";

    public const string FieldValueInvalid = "FieldValueInvalid";

    public const string FieldValueForbidden = "FieldValueForbidden";
}
