using System.Text;
using System.Text.Json;
using KubeSharp.Machinery.Internal;

namespace KubeSharp.Machinery.Apply;

/// <summary>
/// Who owns a field set: manager name, operation ("Apply" or "Update"), API version (Update only) and
/// subresource. Upstream keys its managers by the JSON of these (BuildManagerIdentifier), field order as
/// metav1.ManagedFieldsEntry, empty values omitted; so does this.
/// </summary>
public sealed record ManagerIdentifier(string Manager, string Operation, string? ApiVersion, string? Subresource)
{
    public const string Apply = "Apply";
    public const string Update = "Update";

    /// <summary>The identifier string used as the managers map key.</summary>
    public string Encode()
    {
        var builder = new StringBuilder("{");
        var first = true;
        void Field(string name, string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            GoJson.WriteString(builder, name);
            builder.Append(':');
            GoJson.WriteString(builder, value);
        }

        Field("manager", Manager);
        Field("operation", Operation);
        Field("apiVersion", Operation == Apply ? null : ApiVersion);
        Field("subresource", Subresource);
        return builder.Append('}').ToString();
    }

    public override string ToString() => Encode();

    /// <exception cref="JsonException">when the text is not an identifier.</exception>
    public static ManagerIdentifier Parse(string identifier)
    {
        using var document = JsonDocument.Parse(identifier);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("not an object");
        }

        string? Read(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return new ManagerIdentifier(Read("manager") ?? "", Read("operation") ?? "", Read("apiVersion"), Read("subresource"));
    }
}
