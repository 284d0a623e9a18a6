using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>POSIX capabilities added to and dropped from a container.</summary>
public sealed class Capabilities : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Add { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Drop { get; set; }
}
