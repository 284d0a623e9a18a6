using KubeSharp.Api.Fields;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.AdmissionRegistration.V1;

public sealed class ValidatingAdmissionPolicyStatus : KubeModel
{
    public long? ObservedGeneration { get; set; }

    /// <summary>Present once every expression has been type checked.</summary>
    public TypeChecking? TypeChecking { get; set; }

    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("type")]
    public List<Condition>? Conditions { get; set; }
}
