namespace KubeSharp.Api.Scheme;

/// <summary>The API verbs discovery lists per resource, and the sets most resources use (sorted, as upstream lists them).</summary>
public static class Verbs
{
    public const string Create = "create";
    public const string Delete = "delete";
    public const string DeleteCollection = "deletecollection";
    public const string Get = "get";
    public const string List = "list";
    public const string Patch = "patch";
    public const string Update = "update";
    public const string Watch = "watch";

    /// <summary>What a stored resource supports: create, delete, deletecollection, get, list, patch, update, watch.</summary>
    public static readonly IReadOnlyList<string> Standard = [Create, Delete, DeleteCollection, Get, List, Patch, Update, Watch];

    /// <summary>A status or scale subresource: get, patch, update.</summary>
    public static readonly IReadOnlyList<string> GetPatchUpdate = [Get, Patch, Update];

    /// <summary>A virtual, create-only resource (Binding, TokenReview, SubjectAccessReview): create.</summary>
    public static readonly IReadOnlyList<string> CreateOnly = [Create];
}
