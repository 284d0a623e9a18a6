namespace KubeSharp.Api.ApiExtensions.V1;

/// <summary>A CEL rule of x-kubernetes-validations, evaluated with self bound to the value it is placed on.</summary>
public sealed class ValidationRule : KubeModel
{
    public string Rule { get; set; } = "";

    public string? Message { get; set; }

    public string? MessageExpression { get; set; }

    /// <summary>See <see cref="FieldValueErrorReason"/>; FieldValueInvalid when unset.</summary>
    public string? Reason { get; set; }

    public string? FieldPath { get; set; }

    public bool? OptionalOldSelf { get; set; }
}
