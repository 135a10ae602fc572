// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// Stands in for the LI.FI diamond on anvil. A swap pulls the from-token with transferFrom (so an exact
/// approval is needed) and pays the to-token from this contract's balance. A bridge pulls on the source
/// chain; the fake LI.FI relayer later calls `release` on the destination chain.
contract FakeLifiRouter {
    using SafeERC20 for IERC20;

    address public immutable relayer;
    mapping(bytes32 => bool) public released;

    event Swapped(bytes32 indexed transactionId, address indexed sender, address receiver, address fromToken, uint256 fromAmount, address toToken, uint256 toAmount);
    event BridgeStarted(bytes32 indexed transactionId, address indexed sender, address receiver, address fromToken, uint256 fromAmount, uint256 destinationChainId, address toToken, uint256 toAmount);
    event BridgeReleased(bytes32 indexed transactionId, address indexed receiver, address toToken, uint256 toAmount);

    constructor(address relayer_) {
        relayer = relayer_;
    }

    receive() external payable {}

    function swap(bytes32 transactionId, address receiver, address fromToken, uint256 fromAmount, address toToken, uint256 toAmount, uint256 minAmountOut) external payable {
        require(toAmount >= minAmountOut, "FakeLifiRouter: amount out below minimum");
        _pull(fromToken, fromAmount);
        _pay(toToken, receiver, toAmount);
        emit Swapped(transactionId, msg.sender, receiver, fromToken, fromAmount, toToken, toAmount);
    }

    function startBridge(bytes32 transactionId, address receiver, address fromToken, uint256 fromAmount, uint256 destinationChainId, address toToken, uint256 toAmount, uint256 minAmountOut) external payable {
        require(destinationChainId != block.chainid, "FakeLifiRouter: same chain");
        require(toAmount >= minAmountOut, "FakeLifiRouter: amount out below minimum");
        _pull(fromToken, fromAmount);
        emit BridgeStarted(transactionId, msg.sender, receiver, fromToken, fromAmount, destinationChainId, toToken, toAmount);
    }

    function release(bytes32 transactionId, address receiver, address toToken, uint256 toAmount) external {
        require(msg.sender == relayer, "FakeLifiRouter: only the relayer");
        require(!released[transactionId], "FakeLifiRouter: already released");
        released[transactionId] = true;
        _pay(toToken, receiver, toAmount);
        emit BridgeReleased(transactionId, receiver, toToken, toAmount);
    }

    function _pull(address token, uint256 amount) private {
        if (token == address(0)) {
            require(msg.value == amount, "FakeLifiRouter: wrong native amount");
        } else {
            require(msg.value == 0, "FakeLifiRouter: unexpected native value");
            IERC20(token).safeTransferFrom(msg.sender, address(this), amount);
        }
    }

    function _pay(address token, address to, uint256 amount) private {
        if (token == address(0)) {
            (bool ok, ) = to.call{value: amount}("");
            require(ok, "FakeLifiRouter: native payment failed");
        } else {
            IERC20(token).safeTransfer(to, amount);
        }
    }
}
