using KubeSharp.Runtime.Images;
using KubeSharp.Testing.Images;
using KubeSharp.Testing.Network;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.Runtime.Tests.Images;

public sealed class ImageServiceTests(TestImagesFixture images) : IClassFixture<TestImagesFixture>, IDisposable
{
    private readonly TempDirectory _root = new("kubesharp-imgsvc");

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task PullImage_ByTagThenByDigest_SameImageAndBothNames()
    {
        await using var registry = await LocalRegistry.StartAsync();
        var tagged = await registry.PushAsync(images.Busybox, "library/busybox", "1.36");
        using var service = NewService();

        var byTag = await service.PullImageAsync(new ImageSpec(tagged));
        var status = await service.ImageStatusAsync(new ImageSpec(tagged));
        var digestRef = Assert.Single(status.Image!.RepoDigests);
        var byDigest = await service.PullImageAsync(new ImageSpec(digestRef));

        Assert.Equal(images.Busybox.ConfigDigest, byTag);
        Assert.Equal(byTag, byDigest);
        Assert.Equal([tagged], status.Image.RepoTags);
        Assert.Equal($"{registry.Address}/library/busybox@{images.Busybox.ManifestDigest}", digestRef);
        Assert.True(status.Image.Size > 1_000_000);
        var listed = Assert.Single(await service.ListImagesAsync());
        Assert.Equal(byTag, listed.Id);
    }

    [Fact]
    public async Task PullImage_BasicAuth_NeedsCredentials()
    {
        await using var registry = await LocalRegistry.StartAsync(RegistryAuthMode.Basic);
        var reference = await registry.PushAsync(images.Busybox, "private/busybox", "v1");
        using var service = NewService();

        var anonymous = await Assert.ThrowsAsync<RuntimeException>(() => service.PullImageAsync(new ImageSpec(reference)));
        var id = await service.PullImageAsync(new ImageSpec(reference), new AuthConfig { Username = registry.Username, Password = registry.Password });

        Assert.Equal(RuntimeErrorCode.Unauthenticated, anonymous.Code);
        Assert.Equal(images.Busybox.ConfigDigest, id);
    }

    [Fact]
    public async Task PullImage_BasicAuthFromDockerConfigAuthField_Works()
    {
        await using var registry = await LocalRegistry.StartAsync(RegistryAuthMode.Basic);
        var reference = await registry.PushAsync(images.Busybox, "private/busybox", "v1");
        using var service = NewService();
        var auth = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{registry.Username}:{registry.Password}")).TrimEnd('=');

        var id = await service.PullImageAsync(new ImageSpec(reference), new AuthConfig { Auth = auth, ServerAddress = $"https://{registry.Address}/v1/" });

        Assert.Equal(images.Busybox.ConfigDigest, id);
    }

    [Fact]
    public async Task PullImage_CredentialsFromDockerConfigJsonPullSecret_Works()
    {
        await using var registry = await LocalRegistry.StartAsync(RegistryAuthMode.Basic);
        var reference = await registry.PushAsync(images.Busybox, "private/busybox", "v2");
        using var service = NewService();
        var auth = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{registry.Username}:{registry.Password}"));
        var keyring = new DockerKeyring();

        // A kubernetes.io/dockerconfigjson secret's .dockerconfigjson, as `kubectl create secret docker-registry` writes it.
        keyring.AddDockerConfigJson(System.Text.Encoding.UTF8.GetBytes(
            $$"""{ "auths":{ "{{registry.Address}}":{ "username":"{{registry.Username}}","password":"{{registry.Password}}","auth":"{{auth}}" },"other.example.com":{ "auth":"{{auth}}" } } }"""));
        var credentials = keyring.Lookup($"{registry.Address}/private/busybox");
        var id = await service.PullImageAsync(new ImageSpec(reference), Assert.Single(credentials));

        Assert.Equal(images.Busybox.ConfigDigest, id);
    }

    [Fact]
    public async Task PullImage_TokenChallenge_FetchesBearerTokenAndPulls()
    {
        await using var registry = await LocalRegistry.StartAsync(RegistryAuthMode.Token);
        var reference = await registry.PushAsync(images.Busybox, "team/busybox", "v1");
        using var service = NewService();
        var issuedByPush = registry.TokensIssued;

        var wrong = await Assert.ThrowsAsync<RuntimeException>(() =>
            service.PullImageAsync(new ImageSpec(reference), new AuthConfig { Username = registry.Username, Password = "wrong" }));
        var id = await service.PullImageAsync(new ImageSpec(reference), new AuthConfig { Username = registry.Username, Password = registry.Password });
        var status = await service.ImageStatusAsync(new ImageSpec(reference));
        var byDigest = await service.PullImageAsync(new ImageSpec(status.Image!.RepoDigests[0]), new AuthConfig { Username = registry.Username, Password = registry.Password });

        Assert.Equal(RuntimeErrorCode.Unauthenticated, wrong.Code);
        Assert.Equal(images.Busybox.ConfigDigest, id);
        Assert.Equal(id, byDigest);
        Assert.True(registry.TokensIssued > issuedByPush, "the pull should have fetched a token");
    }

    [Fact]
    public async Task PullImage_WhiteoutLayer_FileDeletedAndOpaqueDirectoryReplaced()
    {
        await using var registry = await LocalRegistry.StartAsync();
        var reference = await registry.PushAsync(images.Whiteout, "whiteout", "v1");
        using var service = NewService();

        var id = await service.PullImageAsync(new ImageSpec(reference));
        var record = service.Images.Get(id)!;
        var container = _root.Combine("container");
        var rootfs = Path.Combine(container, "rootfs");
        service.Snapshots.MountOverlay(record.ChainIds, container, rootfs);
        try
        {
            Assert.False(File.Exists(Path.Combine(rootfs, "etc", "removed.txt")));
            Assert.Equal(["c"], Directory.EnumerateFileSystemEntries(Path.Combine(rootfs, "opaque")).Select(Path.GetFileName));
            Assert.Equal("new", File.ReadAllText(Path.Combine(rootfs, "added.txt")));
            Assert.Equal("kept", File.ReadAllText(Path.Combine(rootfs, "kept.txt")));
            Assert.True(File.Exists(Path.Combine(rootfs, "bin", "busybox")));
        }
        finally
        {
            HostCleanup.UnmountUnder(rootfs);
        }
    }

    [Fact]
    public async Task PullImage_UnknownTag_NotFound()
    {
        await using var registry = await LocalRegistry.StartAsync();
        using var service = NewService();

        var error = await Assert.ThrowsAsync<RuntimeException>(() => service.PullImageAsync(new ImageSpec($"{registry.Address}/nothing:here")));

        Assert.Equal(RuntimeErrorCode.NotFound, error.Code);
    }

    [Fact]
    public async Task RemoveImage_LastName_DeletesContentAndSnapshots()
    {
        await using var registry = await LocalRegistry.StartAsync();
        var reference = await registry.PushAsync(images.Busybox, "busybox", "v1");
        using var service = NewService();
        var id = await service.PullImageAsync(new ImageSpec(reference));

        await service.RemoveImageAsync(new ImageSpec(id));
        await service.RemoveImageAsync(new ImageSpec(id));

        Assert.Null((await service.ImageStatusAsync(new ImageSpec(reference))).Image);
        Assert.Empty(service.Content.List());
        Assert.Empty(service.Snapshots.List());
    }

    [Fact]
    public async Task PullImage_MirrorDown_FallsBackToRegistry()
    {
        await using var registry = await LocalRegistry.StartAsync();
        var reference = await registry.PushAsync(images.Busybox, "busybox", "v1");
        var config = new RegistriesConfig
        {
            Mirrors = new Dictionary<string, RegistryMirror> { [registry.Address] = new() { Endpoints = ["http://127.0.0.1:1"] } },
        };
        using var service = new ImageService(new ImageServiceOptions { Root = _root.Path, Registries = config }, TimeProvider.System, NullLoggerFactory.Instance);

        var id = await service.PullImageAsync(new ImageSpec(reference));

        Assert.Equal(images.Busybox.ConfigDigest, id);
    }

    private ImageService NewService() =>
        new(new ImageServiceOptions { Root = _root.Path }, TimeProvider.System, NullLoggerFactory.Instance);
}
