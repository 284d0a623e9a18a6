namespace KubeSharp.Api.Core.V1;

/// <summary>Operators of a <see cref="Toleration"/>.</summary>
public static class TolerationOperator
{
    public const string Exists = "Exists";
    public const string Equal = "Equal";
}
