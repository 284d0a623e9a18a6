using KubeSharp.Testing.Images;

namespace KubeSharp.Runtime.Tests;

/// <summary>A local registry holding the busybox test image, shared by the runtime tests of a class.</summary>
public sealed class BusyboxRegistryFixture : IAsyncLifetime
{
    private readonly TempDirectory _layout = new("kubesharp-layout");
    private LocalRegistry? _registry;

    public string Reference { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var image = TestImage.Busybox().WriteOciLayout(_layout.Path, "busybox");
        _registry = await LocalRegistry.StartAsync();
        Reference = await _registry.PushAsync(image, "library/busybox", "test");
    }

    public async Task DisposeAsync()
    {
        if (_registry is not null)
        {
            await _registry.DisposeAsync();
        }

        _layout.Dispose();
    }
}
