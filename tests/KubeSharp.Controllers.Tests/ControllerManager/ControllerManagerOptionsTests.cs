using KubeSharp.Controllers.ControllerManager;

namespace KubeSharp.Controllers.Tests.ControllerManager;

public sealed class ControllerManagerOptionsTests
{
    private static readonly ControllerDescriptor OnByDefault = new("replicaset-controller", ["replicaset"], _ => _ => Task.CompletedTask);
    private static readonly ControllerDescriptor OffByDefault = new("bootstrap-signer-controller", ["bootstrapsigner"], _ => _ => Task.CompletedTask, DisabledByDefault: true);

    // As upstream's TestIsControllerEnabled: the first entry naming a controller decides, then '*'.
    [Theory]
    [InlineData(new[] { "*" }, true, false)]
    [InlineData(new string[0], false, false)]
    [InlineData(new[] { "*", "-replicaset" }, false, false)]
    [InlineData(new[] { "-replicaset", "*" }, false, false)]
    [InlineData(new[] { "replicaset", "-replicaset" }, true, false)]
    [InlineData(new[] { "*", "bootstrapsigner" }, true, true)]
    [InlineData(new[] { "replicaset-controller" }, true, false)]
    [InlineData(new[] { "*", "-replicaset-controller" }, false, false)]
    [InlineData(new[] { "bootstrap-signer-controller" }, false, true)]
    public void IsControllerEnabled_FlagForms_AsUpstream(string[] controllers, bool replicaSetEnabled, bool bootstrapEnabled)
    {
        var options = new ControllerManagerOptions { Controllers = controllers };

        Assert.Equal(replicaSetEnabled, options.IsControllerEnabled(OnByDefault));
        Assert.Equal(bootstrapEnabled, options.IsControllerEnabled(OffByDefault));
    }

    [Fact]
    public void Validate_UnknownController_FailsWithUpstreamMessage()
    {
        var options = new ControllerManagerOptions { Controllers = ["*", "-nosuch"] };

        var error = Assert.Throws<ArgumentException>(() => options.Validate([OnByDefault, OffByDefault]));

        Assert.Equal("\"nosuch\" is not in the list of known controllers", error.Message);
    }

    [Fact]
    public void EnabledControllers_DisabledByFlag_AreLeftOut()
    {
        var manager = new Controllers.ControllerManager.ControllerManager(
            new Fakes.FakeApiServer(TimeProvider.System).NewClient(),
            new ControllerManagerOptions { Controllers = ["*", "-replicaset"] },
            TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);

        Assert.DoesNotContain(ControllerNames.ReplicaSetController, manager.EnabledControllers);
    }
}
