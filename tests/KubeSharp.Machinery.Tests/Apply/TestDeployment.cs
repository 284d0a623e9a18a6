using KubeSharp.Api;

namespace KubeSharp.Machinery.Tests.Apply;

/// <summary>A Deployment-shaped test kind carrying the same list and struct markers as apps/v1.</summary>
[Kind("apps", "v1", "TestDeployment")]
public sealed class TestDeployment : KubeObject
{
    public TestDeploymentSpec Spec { get; set; } = new();
}
