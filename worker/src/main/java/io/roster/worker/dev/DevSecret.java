package io.roster.worker.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The development HS256 secret: 32 random bytes, written once as base64url text to {@code
 * <ROSTER_HOME or ~/.roster>/dev-jwt-secret} with mode 600 and read back on every later start. The
 * key is the UTF-8 bytes of that text, exactly as {@code ROSTER_JWT_SECRET} would be, so {@code
 * ROSTER_JWT_SECRET=$(cat ~/.roster/dev-jwt-secret)} verifies the same tokens.
 */
public final class DevSecret {

  public static final String FILE_NAME = "dev-jwt-secret";
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private DevSecret() {}

  /** The secret's file: in {@code rosterHome} when set, else in {@code ~/.roster}. */
  public static Path file(String rosterHome) {
    var home =
        rosterHome == null || rosterHome.isBlank()
            ? Path.of(System.getProperty("user.home"), ".roster")
            : Path.of(rosterHome);
    return home.resolve(FILE_NAME);
  }

  /** The secret in {@code file}, created at random when the file does not exist. */
  public static String loadOrCreate(Path file) {
    try {
      if (Files.notExists(file)) {
        create(file);
      }
      if (supportsPosix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
        Files.setPosixFilePermissions(file, OWNER_ONLY);
      }
      var secret = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (secret.getBytes(StandardCharsets.UTF_8).length < 32) {
        throw new IllegalStateException(
            file + " holds fewer than 32 bytes: delete it to have a new secret generated");
      }
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the development secret in " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    var bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    var text = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\n";
    try {
      if (supportsPosix(file.getParent())) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (FileAlreadyExistsException anotherStartWon) {
      // another process created it between the check and now: use theirs
    }
  }

  private static boolean supportsPosix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
