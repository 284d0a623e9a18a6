using KubeSharp.Api;
using KubeSharp.Api.Meta.V1;
using GroupVersionKind = KubeSharp.Api.Scheme.GroupVersionKind;

namespace KubeSharp.Controllers;

/// <summary>Controller owner references (upstream's <c>metav1.NewControllerRef</c> and <c>GetControllerOf</c>).</summary>
public static class ControllerRefs
{
    /// <summary>The owner reference a controller puts on what it creates: controller and blockOwnerDeletion set.</summary>
    public static OwnerReference NewControllerRef(IKubernetesObject owner, GroupVersionKind kind) => new()
    {
        ApiVersion = kind.ApiVersion,
        Kind = kind.Kind,
        Name = owner.Metadata.Name ?? "",
        Uid = owner.Metadata.Uid ?? "",
        Controller = true,
        BlockOwnerDeletion = true,
    };

    /// <summary>The owner reference with <c>controller: true</c>, if any.</summary>
    public static OwnerReference? GetControllerOf(IKubernetesObject obj)
    {
        if (obj.Metadata.OwnerReferences is not { } references)
        {
            return null;
        }

        foreach (var reference in references)
        {
            if (reference.Controller == true)
            {
                return reference;
            }
        }

        return null;
    }
}
