using System.Text.Json;

namespace KubeSharp.Api.Meta.V1;

/// <summary>One manager's ownership of fields, as server-side apply records it.</summary>
public sealed class ManagedFieldsEntry : KubeModel
{
    public string? Manager { get; set; }

    /// <summary>"Apply" or "Update".</summary>
    public string? Operation { get; set; }

    public string? ApiVersion { get; set; }

    public DateTimeOffset? Time { get; set; }

    /// <summary>"FieldsV1" whenever <see cref="FieldsV1"/> is set.</summary>
    public string? FieldsType { get; set; }

    /// <summary>The set of owned fields in the FieldsV1 trie format, kept as opaque JSON.</summary>
    public JsonElement? FieldsV1 { get; set; }

    public string? Subresource { get; set; }
}
