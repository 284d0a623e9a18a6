namespace KubeSharp.Api.Rbac.V1;

/// <summary>Kinds of <see cref="Subject"/> this API group defines.</summary>
public static class SubjectKind
{
    public const string User = "User";

    public const string Group = "Group";

    public const string ServiceAccount = "ServiceAccount";
}
