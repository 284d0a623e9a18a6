using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Rbac.V1;

/// <summary>A user, group or service account a binding applies to.</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class Subject : KubeModel
{
    /// <summary>"User", "Group" or "ServiceAccount" (see <see cref="SubjectKind"/>).</summary>
    public string Kind { get; set; } = "";

    /// <summary>Defaults to "" for ServiceAccount subjects and "rbac.authorization.k8s.io" for User and Group.</summary>
    public string? APIGroup { get; set; }

    public string Name { get; set; } = "";

    public string? Namespace { get; set; }
}
