using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Cache;

/// <summary>
/// Node names grouped by zone (upstream's internal/cache.nodeTree). <see cref="List"/> interleaves the
/// zones, one node from each in turn, so that a partial scan (percentageOfNodesToScore) still sees every zone.
/// </summary>
internal sealed class NodeTree
{
    private const string ZoneLabel = "topology.kubernetes.io/zone";
    private const string RegionLabel = "topology.kubernetes.io/region";

    private readonly Dictionary<string, List<string>> _tree = new(StringComparer.Ordinal);
    private readonly List<string> _zones = [];

    public int NumNodes { get; private set; }

    public void AddNode(Node node)
    {
        var zone = ZoneOf(node);
        if (!_tree.TryGetValue(zone, out var names))
        {
            names = [];
            _tree[zone] = names;
            _zones.Add(zone);
        }

        var name = node.Metadata.Name ?? "";
        if (names.Contains(name))
        {
            return;
        }

        names.Add(name);
        NumNodes++;
    }

    public void RemoveNode(Node node)
    {
        var zone = ZoneOf(node);
        if (!_tree.TryGetValue(zone, out var names) || !names.Remove(node.Metadata.Name ?? ""))
        {
            return;
        }

        NumNodes--;
        if (names.Count == 0)
        {
            _tree.Remove(zone);
            _zones.Remove(zone);
        }
    }

    public void UpdateNode(Node? oldNode, Node newNode)
    {
        if (oldNode is not null)
        {
            if (ZoneOf(oldNode) == ZoneOf(newNode))
            {
                return;
            }

            RemoveNode(oldNode);
        }

        AddNode(newNode);
    }

    /// <summary>All node names, zones interleaved (upstream's nodeTree.list).</summary>
    public List<string> List()
    {
        var result = new List<string>(NumNodes);
        var index = 0;
        while (result.Count < NumNodes)
        {
            foreach (var zone in _zones)
            {
                var names = _tree[zone];
                if (index < names.Count)
                {
                    result.Add(names[index]);
                }
            }

            index++;
        }

        return result;
    }

    /// <summary>Upstream's utilnode.GetZoneKey: region and zone joined, empty when neither is set.</summary>
    private static string ZoneOf(Node node)
    {
        var labels = node.Metadata.Labels;
        if (labels is null)
        {
            return "";
        }

        labels.TryGetValue(RegionLabel, out var region);
        labels.TryGetValue(ZoneLabel, out var zone);
        if (string.IsNullOrEmpty(region) && string.IsNullOrEmpty(zone))
        {
            return "";
        }

        return $"{region}:\x00:{zone}";
    }
}
