/**
 * The few globals that both runtimes (browsers and Node) provide and `shared/`
 * may use. Declared by hand because `shared/` deliberately has neither the DOM
 * nor the Node type libraries.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly hash: string;
  readonly host: string;
  readonly hostname: string;
  readonly href: string;
  readonly origin: string;
  readonly password: string;
  readonly pathname: string;
  readonly port: string;
  readonly protocol: string;
  readonly search: string;
  readonly username: string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}

/** The subset of WebCrypto that sealing uses (browsers and Node ≥ 20 both provide it). */
interface CryptoKey {
  readonly type: string;
}
interface SubtleCrypto {
  importKey(format: 'raw', keyData: Uint8Array, algorithm: string | { name: string }, extractable: boolean, usages: string[]): Promise<CryptoKey>;
  deriveKey(
    algorithm: { name: 'HKDF'; hash: string; salt: Uint8Array; info: Uint8Array },
    baseKey: CryptoKey,
    derivedKeyAlgorithm: { name: 'AES-GCM'; length: number },
    extractable: boolean,
    usages: string[],
  ): Promise<CryptoKey>;
  encrypt(algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData?: Uint8Array }, key: CryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  decrypt(algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData?: Uint8Array }, key: CryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}
declare const crypto: {
  readonly subtle: SubtleCrypto;
  getRandomValues<T extends Uint8Array>(array: T): T;
};
