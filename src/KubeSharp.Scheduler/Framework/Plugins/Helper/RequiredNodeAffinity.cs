using KubeSharp.Api.Core.V1;
using KubeSharp.Machinery.Labels;

namespace KubeSharp.Scheduler.Framework.Plugins.Helper;

/// <summary>
/// A pod's hard node constraints (upstream's nodeaffinity.RequiredNodeAffinity): spec.nodeSelector and
/// requiredDuringSchedulingIgnoredDuringExecution, both of which must match.
/// </summary>
public sealed class RequiredNodeAffinity
{
    private readonly Selector? _labelSelector;
    private readonly NodeSelectorMatcher? _nodeSelector;

    public RequiredNodeAffinity(Pod pod)
    {
        if (pod.Spec.NodeSelector is { Count: > 0 } nodeSelector)
        {
            _labelSelector = Selector.FromSet(nodeSelector);
        }

        if (pod.Spec.Affinity?.NodeAffinity?.RequiredDuringSchedulingIgnoredDuringExecution is { } required)
        {
            _nodeSelector = new NodeSelectorMatcher(required);
        }
    }

    public bool IsEmpty => _labelSelector is null && _nodeSelector is null;

    public bool Match(Node node)
    {
        if (_labelSelector is not null && !_labelSelector.Matches(node.Metadata.Labels))
        {
            return false;
        }

        return _nodeSelector is null || _nodeSelector.Match(node);
    }
}
