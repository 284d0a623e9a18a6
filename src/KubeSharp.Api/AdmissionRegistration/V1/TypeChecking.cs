using KubeSharp.Api.Fields;

namespace KubeSharp.Api.AdmissionRegistration.V1;

public sealed class TypeChecking : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<ExpressionWarning>? ExpressionWarnings { get; set; }
}
