import styles from "./sha256.module.css";

/** A SHA-256 digest in lowercase hex, as `sha256sum` prints it. */
export function Sha256({ digest }: { digest: string }) {
  return (
    <code className={styles.hash} data-sha256>
      {digest}
    </code>
  );
}
