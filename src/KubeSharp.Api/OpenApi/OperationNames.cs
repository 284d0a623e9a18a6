using System.Text;
using KubeSharp.Api.Scheme;

namespace KubeSharp.Api.OpenApi;

/// <summary>
/// Operation ids and tags as upstream's builder names them: <c>patchAppsV1NamespacedDeployment</c>,
/// <c>listCoreV1PodForAllNamespaces</c>, tag <c>rbacAuthorization_v1</c> (the group without <c>.k8s.io</c>,
/// camel-cased; the core group is <c>core</c>).
/// </summary>
internal readonly struct OperationNames(GroupVersionKind kind, bool namespaced)
{
    public string Id(string verb, string suffix) =>
        verb + Pascal(GroupWord(kind.Group)) + Pascal(kind.Version) + (namespaced ? "Namespaced" : "") + kind.Kind + suffix;

    public string AllNamespacesId() => "list" + Pascal(GroupWord(kind.Group)) + Pascal(kind.Version) + kind.Kind + "ForAllNamespaces";

    public static string Tag(GroupVersionKind kind)
    {
        var word = GroupWord(kind.Group);
        return char.ToLowerInvariant(word[0]) + word[1..] + "_" + kind.Version;
    }

    /// <summary>"rbac.authorization.k8s.io" → "rbacAuthorization"; "" → "core".</summary>
    private static string GroupWord(string group)
    {
        if (group.Length == 0)
        {
            return "core";
        }

        var trimmed = group.EndsWith(".k8s.io", StringComparison.Ordinal) ? group[..^".k8s.io".Length] : group;
        var word = new StringBuilder();
        foreach (var part in trimmed.Split('.', '-'))
        {
            if (part.Length > 0)
            {
                word.Append(word.Length == 0 ? part : Pascal(part));
            }
        }

        return word.ToString();
    }

    private static string Pascal(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
