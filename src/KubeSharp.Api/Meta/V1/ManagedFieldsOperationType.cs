namespace KubeSharp.Api.Meta.V1;

/// <summary>Values of <see cref="ManagedFieldsEntry.Operation"/>.</summary>
public static class ManagedFieldsOperationType
{
    public const string Apply = "Apply";
    public const string Update = "Update";
}
