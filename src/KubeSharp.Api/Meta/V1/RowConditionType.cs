namespace KubeSharp.Api.Meta.V1;

/// <summary>Values of <see cref="TableRowCondition.Type"/>.</summary>
public static class RowConditionType
{
    /// <summary>The object ran to completion and may be shown with less emphasis.</summary>
    public const string Completed = "Completed";
}
