using System.Collections;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api;

/// <summary>A list kind (TypeMeta, ListMeta, items) seen without its item type, for code that handles every kind alike.</summary>
public interface IKubernetesList
{
    string? ApiVersion { get; set; }

    string? Kind { get; set; }

    ListMeta Metadata { get; set; }

    /// <summary>The items, typed as their kind.</summary>
    IList Items { get; }
}
