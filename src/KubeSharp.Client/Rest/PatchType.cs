namespace KubeSharp.Client.Rest;

/// <summary>The patch formats the API server accepts, as their content types (upstream's <c>types.PatchType</c>).</summary>
public static class PatchType
{
    /// <summary>RFC 6902 JSON Patch: a list of operations.</summary>
    public const string Json = "application/json-patch+json";

    /// <summary>RFC 7386 JSON merge patch: null deletes, lists are replaced.</summary>
    public const string Merge = "application/merge-patch+json";

    /// <summary>Strategic merge patch: lists merged by their patch merge keys (built-in kinds only).</summary>
    public const string StrategicMerge = "application/strategic-merge-patch+json";

    /// <summary>Server-side apply: the whole intended configuration, owned by a field manager.</summary>
    public const string Apply = "application/apply-patch+yaml";
}
