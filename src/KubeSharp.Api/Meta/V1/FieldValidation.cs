namespace KubeSharp.Api.Meta.V1;

/// <summary>Values of the fieldValidation option: what the server does with unknown or duplicate fields.</summary>
public static class FieldValidation
{
    public const string Ignore = "Ignore";
    public const string Warn = "Warn";
    public const string Strict = "Strict";
}
