using KubeSharp.Api;
using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework;

/// <summary>
/// Compute resources as plain integers (upstream's framework.Resource): CPU in millicores, memory and
/// ephemeral storage in bytes, extended resources (hugepages, attachable volumes, vendor/name) by name.
/// </summary>
public sealed class Resource
{
    public long MilliCPU { get; set; }

    public long Memory { get; set; }

    public long EphemeralStorage { get; set; }

    /// <summary>The node's "pods" allocatable; not a pod request.</summary>
    public long AllowedPodNumber { get; set; }

    /// <summary>Extended and other scalar resources; null until one is set.</summary>
    public Dictionary<string, long>? ScalarResources { get; set; }

    /// <summary>Upstream's NewResource: reads a ResourceList (cpu in milli, the rest in whole units).</summary>
    public static Resource FromList(Dictionary<string, Quantity>? list)
    {
        var resource = new Resource();
        resource.Add(list);
        return resource;
    }

    /// <summary>Upstream's IsScalarResourceName: extended, prefixed native, hugepages and attachable volumes.</summary>
    public static bool IsScalarResourceName(string name) =>
        name.Contains('/', StringComparison.Ordinal)
        || name.StartsWith(ResourceName.HugePagesPrefix, StringComparison.Ordinal)
        || name.StartsWith(ResourceName.AttachableVolumesPrefix, StringComparison.Ordinal);

    public void Add(Dictionary<string, Quantity>? list)
    {
        if (list is null)
        {
            return;
        }

        foreach (var (name, quantity) in list)
        {
            switch (name)
            {
                case ResourceName.CPU:
                    MilliCPU += quantity.MilliValue();
                    break;
                case ResourceName.Memory:
                    Memory += quantity.Value();
                    break;
                case ResourceName.Pods:
                    AllowedPodNumber += quantity.Value();
                    break;
                case ResourceName.EphemeralStorage:
                    EphemeralStorage += quantity.Value();
                    break;
                default:
                    if (IsScalarResourceName(name))
                    {
                        AddScalar(name, quantity.Value());
                    }

                    break;
            }
        }
    }

    public void Add(Resource other)
    {
        MilliCPU += other.MilliCPU;
        Memory += other.Memory;
        EphemeralStorage += other.EphemeralStorage;
        AllowedPodNumber += other.AllowedPodNumber;
        if (other.ScalarResources is not null)
        {
            foreach (var (name, value) in other.ScalarResources)
            {
                AddScalar(name, value);
            }
        }
    }

    public void Sub(Resource other)
    {
        MilliCPU -= other.MilliCPU;
        Memory -= other.Memory;
        EphemeralStorage -= other.EphemeralStorage;
        AllowedPodNumber -= other.AllowedPodNumber;
        if (other.ScalarResources is not null)
        {
            foreach (var (name, value) in other.ScalarResources)
            {
                AddScalar(name, -value);
            }
        }
    }

    /// <summary>Raises every field to at least the other's value (upstream's SetMaxResource).</summary>
    public void SetMax(Resource other)
    {
        MilliCPU = Math.Max(MilliCPU, other.MilliCPU);
        Memory = Math.Max(Memory, other.Memory);
        EphemeralStorage = Math.Max(EphemeralStorage, other.EphemeralStorage);
        AllowedPodNumber = Math.Max(AllowedPodNumber, other.AllowedPodNumber);
        if (other.ScalarResources is not null)
        {
            foreach (var (name, value) in other.ScalarResources)
            {
                SetScalar(name, Math.Max(GetScalar(name), value));
            }
        }
    }

    public long GetScalar(string name) =>
        ScalarResources is not null && ScalarResources.TryGetValue(name, out var value) ? value : 0;

    public void SetScalar(string name, long value)
    {
        ScalarResources ??= new Dictionary<string, long>(StringComparer.Ordinal);
        ScalarResources[name] = value;
    }

    public void AddScalar(string name, long value) => SetScalar(name, GetScalar(name) + value);

    /// <summary>The amount of one named resource (cpu in millicores).</summary>
    public long Get(string name) => name switch
    {
        ResourceName.CPU => MilliCPU,
        ResourceName.Memory => Memory,
        ResourceName.EphemeralStorage => EphemeralStorage,
        ResourceName.Pods => AllowedPodNumber,
        _ => GetScalar(name),
    };

    /// <summary>True when no resource is requested (upstream's Resource.IsZero, which ignores AllowedPodNumber).</summary>
    public bool IsZero()
    {
        if (MilliCPU != 0 || Memory != 0 || EphemeralStorage != 0)
        {
            return false;
        }

        if (ScalarResources is not null)
        {
            foreach (var value in ScalarResources.Values)
            {
                if (value != 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    public Resource Clone()
    {
        var copy = new Resource
        {
            MilliCPU = MilliCPU,
            Memory = Memory,
            EphemeralStorage = EphemeralStorage,
            AllowedPodNumber = AllowedPodNumber,
        };
        if (ScalarResources is not null)
        {
            copy.ScalarResources = new Dictionary<string, long>(ScalarResources, StringComparer.Ordinal);
        }

        return copy;
    }

    /// <summary>Overwrites this resource with another's values without allocating when there are no scalars.</summary>
    public void CopyFrom(Resource other)
    {
        MilliCPU = other.MilliCPU;
        Memory = other.Memory;
        EphemeralStorage = other.EphemeralStorage;
        AllowedPodNumber = other.AllowedPodNumber;
        ScalarResources = other.ScalarResources is null ? null : new Dictionary<string, long>(other.ScalarResources, StringComparer.Ordinal);
    }

    public override string ToString() =>
        $"cpu={MilliCPU}m memory={Memory} ephemeral-storage={EphemeralStorage} pods={AllowedPodNumber}";
}
